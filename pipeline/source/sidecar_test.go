package source

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestParseSidecar(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		name string
		in   string
		want Sidecar
	}{
		{"all fields", goodSidecar, Sidecar{
			URL: "https://www.example.com/news/1", Title: "Title", Publisher: "Daily Example", Author: "A. Writer",
			Published: utc(2024, 7, 17, 0, 0), Retrieved: utc(2024, 7, 18, 8, 30), License: "CC-BY-4.0", SourceType: "news",
		}},
		{"empty object", `{}`, Sidecar{}},
		{"nulls mean unknown", `{"url": null, "title": null, "published": null, "source_type": null}`, Sidecar{}},
		{"empty strings mean unknown", `{"url": "", "title": " ", "published": "", "source_type": ""}`, Sidecar{}},
		{"date only is midnight UTC", `{"published": "2024-07-17"}`, Sidecar{Published: utc(2024, 7, 17, 0, 0)}},
		{"RFC 3339 with offset is converted to UTC", `{"published": "2024-07-17T01:30:00+02:00"}`, Sidecar{Published: utc(2024, 7, 16, 23, 30)}},
		{"RFC 3339 Z", `{"retrieved": "2024-07-17T10:00:00Z"}`, Sidecar{Retrieved: utc(2024, 7, 17, 10, 0)}},
		{"fractional seconds", `{"retrieved": "2024-07-17T10:00:00.5-01:00"}`, Sidecar{Retrieved: utc(2024, 7, 17, 11, 0).Add(500 * time.Millisecond)}},
		{"values trimmed", `{"title": "  Headline\n", "publisher": "\tBBC "}`, Sidecar{Title: "Headline", Publisher: "BBC"}},
		{"byte-order mark", "\uFEFF{\"title\": \"T\"}", Sidecar{Title: "T"}},
		{"white space around", " \n{\"title\": \"T\"}\n\n", Sidecar{Title: "T"}},
		{"escapes", `{"title": "caf\u00e9 \"quoted\""}`, Sidecar{Title: `café "quoted"`}},
		{"http url", `{"url": "http://example.org"}`, Sidecar{URL: "http://example.org"}},
		{"upper-case scheme", `{"url": "HTTPS://example.org/a?b=c#d"}`, Sidecar{URL: "HTTPS://example.org/a?b=c#d"}},
		{"official", `{"source_type": "official_table"}`, Sidecar{SourceType: "official_table"}},
		{"fetched", fetchedSidecar, Sidecar{
			URL: "https://www.example.com/news/1", RequestedURL: "http://example.com/n/1", HTTPStatus: 200,
			ContentType: "text/html; charset=utf-8", SHA256: strings.Repeat("ab", 32), Retrieved: utc(2024, 7, 18, 8, 30),
		}},
		{"sha256 read in lower case", `{"sha256": "` + strings.Repeat("AB", 32) + `"}`, Sidecar{SHA256: strings.Repeat("ab", 32)}},
		{"fetch fields null", `{"requested_url": null, "http_status": null, "content_type": null, "sha256": null}`, Sidecar{}},
		{"other status", `{"http_status": 599, "content_type": "application/xhtml+xml"}`, Sidecar{HTTPStatus: 599, ContentType: "application/xhtml+xml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseSidecar([]byte(tt.in))
			if err != nil {
				t.Fatalf("ParseSidecar: %v", err)
			}
			if !sameSidecar(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
			for _, tm := range []time.Time{got.Published, got.Retrieved} {
				if !tm.IsZero() && tm.Location() != time.UTC {
					t.Errorf("time %v not in UTC", tm)
				}
			}
		})
	}
}

func TestParseSidecarErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", ``, "empty: want a JSON object"},
		{"white space", "  \n", "empty: want a JSON object"},
		{"null", `null`, "want a JSON object, not null"},
		{"array", `[]`, "want a JSON object, not an array"},
		{"string", `"x"`, "want a JSON object, not a string"},
		{"truncated", `{"title": "x"`, "malformed JSON: unexpected end of input"},
		{"syntax", `{"title" "x"}`, "malformed JSON at byte"},
		{"trailing comma", `{"title": "x",}`, "malformed JSON at byte"},
		{"two objects", `{} {}`, "malformed JSON: data after the object"},
		{"trailing garbage", `{} x`, "malformed JSON"},
		{"unknown field", `{"foo": "bar"}`, `json: unknown field "foo"`},
		{"keys are case-sensitive", `{"Title": "x"}`, `json: unknown field "Title"`},
		{"duplicate field", `{"title": "a", "title": "b"}`, `json: duplicate field "title"`},
		{"number", `{"title": 42}`, `json: field "title" must be a string or null, not a number`},
		{"boolean", `{"author": true}`, `json: field "author" must be a string or null, not a boolean`},
		{"object", `{"published": {}}`, `json: field "published" must be a string or null, not an object`},
		{"array value", `{"url": ["x"]}`, `json: field "url" must be a string or null, not an array`},
		{"invalid UTF-8", "{\"title\": \"caf\xe9\"}", "invalid UTF-8 at byte 14"},
		{"bad source_type", `{"source_type": "News"}`, `source_type "News" is not one of news, official_release, official_table`},
		{"relative url", `{"url": "/news/1"}`, `url "/news/1" is not an absolute http(s) URL`},
		{"no scheme", `{"url": "www.example.com"}`, `is not an absolute http(s) URL`},
		{"no host", `{"url": "https:///path"}`, `is not an absolute http(s) URL`},
		{"mailto", `{"url": "mailto:a@example.com"}`, `is not an absolute http(s) URL`},
		{"unparseable url", `{"url": "http://[::1"}`, `url: parse`},
		{"day first", `{"published": "17/07/2024"}`, `published "17/07/2024" is not an RFC 3339 time or a YYYY-MM-DD date`},
		{"month out of range", `{"published": "2024-13-01"}`, `(month out of range)`},
		{"no zone", `{"retrieved": "2024-07-17T10:00:00"}`, `retrieved "2024-07-17T10:00:00" is not an RFC 3339 time`},
		{"space not T", `{"retrieved": "2024-07-17 10:00:00Z"}`, `is not an RFC 3339 time`},
		{"year too small", `{"published": "0024-07-17"}`, `year 24 in UTC is out of range`},
		{"year out of range after UTC", `{"published": "1000-01-01T00:30:00+01:00"}`, `year 999 in UTC is out of range`},
		{"status as a string", `{"http_status": "200"}`, `json: field "http_status" must be an HTTP status from 100 to 599 or null, not "200"`},
		{"status too small", `{"http_status": 99}`, `must be an HTTP status from 100 to 599`},
		{"status too large", `{"http_status": 600}`, `must be an HTTP status from 100 to 599`},
		{"status not an integer", `{"http_status": 200.0}`, `must be an HTTP status from 100 to 599 or null, not 200.0`},
		{"status exponent", `{"http_status": 2e2}`, `must be an HTTP status`},
		{"status negative", `{"http_status": -200}`, `must be an HTTP status`},
		{"status boolean", `{"http_status": true}`, `must be an HTTP status`},
		{"duplicate status", `{"http_status": 200, "http_status": 200}`, `json: duplicate field "http_status"`},
		{"relative requested_url", `{"requested_url": "/news/1"}`, `requested_url "/news/1" is not an absolute http(s) URL`},
		{"requested_url a number", `{"requested_url": 1}`, `json: field "requested_url" must be a string or null, not a number`},
		{"bad content_type", `{"content_type": "text/html; charset"}`, `content_type "text/html; charset" is not a media type`},
		{"short sha256", `{"sha256": "abc"}`, `sha256 "abc" is not 64 hex digits`},
		{"sha256 not hex", `{"sha256": "` + strings.Repeat("zz", 32) + `"}`, `is not 64 hex digits`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseSidecar([]byte(tt.in))
			if err == nil {
				t.Fatalf("ParseSidecar(%q): no error, want %q", tt.in, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func sameSidecar(a, b Sidecar) bool {
	return a.URL == b.URL && a.Title == b.Title && a.Publisher == b.Publisher && a.Author == b.Author &&
		a.License == b.License && a.SourceType == b.SourceType &&
		a.Published.Equal(b.Published) && a.Retrieved.Equal(b.Retrieved) &&
		a.RequestedURL == b.RequestedURL && a.HTTPStatus == b.HTTPStatus && a.ContentType == b.ContentType && a.SHA256 == b.SHA256
}

const fetchedSidecar = `{"url": "https://www.example.com/news/1", "requested_url": "http://example.com/n/1", "http_status": 200,
 "content_type": "text/html; charset=utf-8", "sha256": "` + "abababababababababababababababababababababababababababababababab" + `",
 "retrieved": "2024-07-18T08:30:00Z"}`

func TestSidecarRoundTrip(t *testing.T) {
	s, err := ParseSidecar([]byte(goodSidecar))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"url":"https://www.example.com/news/1","title":"Title","publisher":"Daily Example","author":"A. Writer",` +
		`"published":"2024-07-17T00:00:00Z","retrieved":"2024-07-18T08:30:00Z","license":"CC-BY-4.0","source_type":"news"}`
	if string(b) != want {
		t.Errorf("Marshal = %s\nwant      %s", b, want)
	}
	s, err = ParseSidecar([]byte(fetchedSidecar))
	if err != nil {
		t.Fatal(err)
	}
	b, _ = json.Marshal(s)
	want = `{"url":"https://www.example.com/news/1","retrieved":"2024-07-18T08:30:00Z","requested_url":"http://example.com/n/1",` +
		`"http_status":200,"content_type":"text/html; charset=utf-8","sha256":"` + strings.Repeat("ab", 32) + `"}`
	if string(b) != want {
		t.Errorf("Marshal = %s\nwant      %s", b, want)
	}
	if b, _ := json.Marshal(Sidecar{}); string(b) != `{}` {
		t.Errorf("Marshal(Sidecar{}) = %s", b)
	}
}

func FuzzParseSidecar(f *testing.F) {
	for _, seed := range []string{
		goodSidecar,
		`{}`,
		`{"title": null, "published": "2024-07-17"}`,
		`{"published": "2024-07-17T01:30:00.123456789+02:00", "retrieved": "9999-12-31T23:59:59Z"}`,
		`{"url": "http://example.org/a b", "source_type": "official_table"}`,
		`{"title": "\u0000\ud800 <&>", "author": "  x  "}`,
		"\uFEFF{\"license\": \"OGL-UK-3.0\"}",
		`{"foo": 1}`,
		`{"title": 1e400}`,
		`[{"title": "x"}]`,
		`{"title": "a", "title": "b"}`,
		"{\"title\": \"\xff\"}",
		fetchedSidecar,
		`{"http_status": 404, "content_type": "text/html;charset=\"utf-8\"", "sha256": "` + strings.Repeat("AB", 32) + `"}`,
		`{"http_status": 1e2, "requested_url": "https://example.com:8080/a?b#c"}`,
		`{"http_status": "200", "content_type": "x"}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseSidecar(b)
		if err != nil {
			return
		}
		for _, tm := range []time.Time{s.Published, s.Retrieved} {
			if !tm.IsZero() && tm.Location() != time.UTC {
				t.Fatalf("time %v not in UTC", tm)
			}
		}
		out, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("accepted %q but cannot marshal %+v: %v", b, s, err)
		}
		s2, err := ParseSidecar(out)
		if err != nil {
			t.Fatalf("accepted %q but not its re-marshalled form %s: %v", b, out, err)
		}
		if !sameSidecar(s, s2) || s != s2 {
			t.Fatalf("round trip changed the value:\n%+v\n%+v", s, s2)
		}
	})
}
