package source

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// sidecarSeeds are inputs for FuzzParseSidecar, besides the sidecars of
// the other tests: the forms the fast path takes and the near misses it must
// leave to encoding/json.
var sidecarSeeds = []string{
	goodSidecar,
	fetchedSidecar,
	`{}`, ` { } `, "{\n}\n", `{"title":"x"}`, "\uFEFF{\"title\": \"T\"}", "\uFEFF\uFEFF{}",
	`{"title": "caf\u00e9 \"quoted\" \\ \/ \b\f\n\r\t"}`,
	`{"title": "\ud83d\ude00 pair"}`, `{"title": "\ud800 lone high"}`, `{"title": "\udc00 lone low"}`,
	`{"title": "\ud800\u0041 high then A"}`, `{"title": "\ud800\ud800 two highs"}`, `{"title": "\ud800\uZZZZ"}`,
	`{"title": "\u00"}`, `{"title": "\x"}`, `{"title": "\u0000 nul"}`, `{"title": "\U00e9"}`, `{"title": "tail\`,
	"{\"title\": \"tab\there\"}", "{\"title\": \"ctrl\x01\"}", "{\"title\": \"\u2028\u2029 separators\"}",
	`{"title": "  padded  ", "author": "\n\tA\u00a0"}`, `{"title": null, "url": null}`, `{"title": nul}`, `{"title": nullx}`,
	`{"title": null,}`, `{"title": "x",}`, `{,}`, `{"title" "x"}`, `{"title": "x" "author": "y"}`, `{"title": "x"`,
	`{"title": "x"} `, `{"title": "x"} x`, `{"title": "x"}{}`, `{} {}`, `[]`, `"x"`, `null`, ``, `  `, `{`, `}`,
	`{"http_status": 200}`, `{"http_status": 599}`, `{"http_status": 100}`, `{"http_status": 99}`, `{"http_status": 600}`,
	`{"http_status": 0200}`, `{"http_status": 200.0}`, `{"http_status": 2e2}`, `{"http_status": -200}`, `{"http_status": 2000}`,
	`{"http_status": "200"}`, `{"http_status": true}`, `{"http_status":200,"title":"x"}`, `{"http_status": 200 }`, `{"http_status": null}`,
	`{"http_status": 200, "http_status": 200}`, `{"title": "a", "title": "b"}`, `{"title": null, "title": "b"}`,
	`{"foo": "bar"}`, `{"Title": "x"}`, `{"ti\u0074le": "escaped key"}`, `{"title\n": "x"}`, `{"": ""}`,
	`{"title": 1}`, `{"title": true}`, `{"title": false}`, `{"title": []}`, `{"title": {}}`, `{"title": -1}`,
	`{"published": "2024-07-17", "retrieved": "2024-07-18T09:30:00+01:00"}`, `{"published": "2024-13-01"}`,
	`{"published": " 2024-07-17 "}`, `{"published": "0999-01-01"}`, `{"retrieved": "2024-07-17t09:00:00z"}`,
	`{"url": "ftp://x"}`, `{"url": "http://[::1"}`, `{"url": " https://x.example/ "}`, `{"source_type": "blog"}`,
	`{"content_type": "???"}`, `{"sha256": "xyz"}`, `{"sha256": "` + strings.Repeat("AB", 32) + `"}`,
	"{\"title\": \"caf\xe9\"}", "{\"title\":\r\n\"crlf\"\r\n}",
	`{"published": "2024-07-17T01:30:00.123456789+02:00", "retrieved": "9999-12-31T23:59:59Z"}`,
	`{"url": "http://example.org/a b", "source_type": "official_table"}`,
	`{"title": "\u0000\ud800 <&>", "author": "  x  "}`, `{"title": 1e400}`, `[{"title": "x"}]`,
	`{"http_status": 404, "content_type": "text/html;charset=\"utf-8\"", "sha256": "` + strings.Repeat("AB", 32) + `"}`,
	`{"http_status": 1e2, "requested_url": "https://example.com:8080/a?b#c"}`,
}

// FuzzParseSidecarFastPath checks that ParseSidecar, which decodes most sidecars
// with decodeSidecarFast, gives what encoding/json alone gives, value and
// error message, for any input; and that whatever the fast path accepts,
// encoding/json accepts and decodes to the same fields.
func FuzzParseSidecarFastPath(f *testing.F) {
	for _, s := range sidecarSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		compareSidecarPaths(t, b)
	})
}

// TestParseSidecarPathsAgree runs the seeds of FuzzParseSidecarFastPath and the
// other tests' sidecars through both paths (go test runs the fuzz seeds
// too; this adds variations of each seed).
func TestParseSidecarPathsAgree(t *testing.T) {
	for _, s := range sidecarSeeds {
		compareSidecarPaths(t, []byte(s))
		// every prefix, and the seed with each byte dropped, so that the
		// fast path meets its input cut anywhere
		for i := range len(s) {
			compareSidecarPaths(t, []byte(s[:i]))
			compareSidecarPaths(t, []byte(s[:i]+s[i+1:]))
		}
	}
}

func compareSidecarPaths(t *testing.T, b []byte) {
	t.Helper()
	fast, ferr := parseSidecar(b, true)
	slow, serr := parseSidecar(b, false)
	if fmt.Sprint(ferr) != fmt.Sprint(serr) || !reflect.DeepEqual(fast, slow) {
		t.Fatalf("ParseSidecar(%q):\nfast path %+v, %v\nencoding/json %+v, %v", b, fast, ferr, slow, serr)
	}
	if invalidUTF8At(string(b)) >= 0 {
		return
	}
	b = []byte(strings.TrimPrefix(string(b), bom))
	var fs, ss Sidecar
	var fp, fr, sp, sr string
	if !decodeSidecarFast(b, &fs, &fp, &fr) {
		return
	}
	if err := decodeSidecar(b, &ss, &sp, &sr); err != nil {
		t.Fatalf("decode %q: the fast path took it, encoding/json says %v", b, err)
	}
	if !reflect.DeepEqual(fs, ss) || fp != sp || fr != sr {
		t.Fatalf("decode %q:\nfast path %+v %q %q\nencoding/json %+v %q %q", b, fs, fp, fr, ss, sp, sr)
	}
}

// TestDecodeSidecarFastTakes checks that the fast path takes the sidecars
// it is for, rather than leaving every one to encoding/json.
func TestDecodeSidecarFastTakes(t *testing.T) {
	for _, in := range []string{
		goodSidecar, fetchedSidecar, `{}`, " {\n} ", `{"title": null}`,
		`{"title": "caf\u00e9 \"quoted\" \ud83d\ude00 \ud800", "http_status": 404}`,
		"{\"title\":\r\n\"crlf\"\r\n}\n",
	} {
		var s Sidecar
		var p, r string
		if !decodeSidecarFast([]byte(in), &s, &p, &r) {
			t.Errorf("decodeSidecarFast(%q) left it to encoding/json", in)
		}
	}
	var s Sidecar
	var p, r string
	decodeSidecarFast([]byte(`{"title": "caf\u00e9 \"q\" \ud83d\ude00 \ud800", "http_status": 404, "published": " 2024 "}`), &s, &p, &r)
	if want := "café \"q\" 😀 \uFFFD"; s.Title != want || s.HTTPStatus != 404 || p != "2024" {
		t.Errorf("decoded %+v, published %q; want title %q, status 404, published \"2024\"", s, p, want)
	}
}
