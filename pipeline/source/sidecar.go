package source

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// SourceTypes are the values a sidecar's source_type may take.
var SourceTypes = []string{"news", "official_release", "official_table"}

// Sidecar is a document's metadata, from its NAME.meta.json. Every field is
// optional: "" or the zero time means unknown. Times are in UTC.
//
// The last four fields record how a document was fetched (`etl fetch` writes
// them): the URL asked for (URL is then the URL after redirects), the HTTP
// status and Content-Type of the response, and the SHA-256 of the bytes
// received, which must be the document's.
//
// It marshals back to JSON that ParseSidecar accepts and parses to the same
// value.
type Sidecar struct {
	URL        string    `json:"url,omitempty"` // absolute http or https URL
	Title      string    `json:"title,omitempty"`
	Publisher  string    `json:"publisher,omitempty"`
	Author     string    `json:"author,omitempty"`
	Published  time.Time `json:"published,omitzero"`
	Retrieved  time.Time `json:"retrieved,omitzero"` // when the raw bytes were captured
	License    string    `json:"license,omitempty"`
	SourceType string    `json:"source_type,omitempty"` // one of SourceTypes

	RequestedURL string `json:"requested_url,omitempty"` // absolute http or https URL
	HTTPStatus   int    `json:"http_status,omitempty"`   // 100 to 599
	ContentType  string `json:"content_type,omitempty"`  // a media type with its parameters
	SHA256       string `json:"sha256,omitempty"`        // 64 lower-case hex digits
}

// ParseSidecar parses sidecar JSON bytes.
//
// The sidecar must be one UTF-8 JSON object (a leading byte-order mark is
// allowed) whose members are among url, title, publisher, author, published,
// retrieved, license, source_type, requested_url, http_status, content_type
// and sha256, each at most once: http_status an integer or null, the others a
// string or null. Keys are matched exactly. Values are trimmed of surrounding
// white space; null and "" mean unknown. published and retrieved are RFC 3339
// times or YYYY-MM-DD dates (midnight UTC), converted to UTC, with a year
// from 1000 to 9999. url and requested_url must be absolute http or https
// URLs. source_type must be one of SourceTypes. http_status is from 100 to
// 599, content_type a media type (RFC 2045, with parameters), sha256 64 hex
// digits (read in lower case).
//
// The error describes the problem without naming the file, for example
// `json: unknown field "foo"`; Read adds the path and ErrSidecar.
func ParseSidecar(b []byte) (Sidecar, error) { return parseSidecar(b, true) }

// parseSidecar is ParseSidecar; with fast false it decodes with
// encoding/json only (see decodeSidecarFast), for the tests.
func parseSidecar(b []byte, fast bool) (Sidecar, error) {
	var s Sidecar
	if i := invalidUTF8At(string(b)); i >= 0 {
		return s, fmt.Errorf("invalid UTF-8 at byte %d", i)
	}
	b = bytes.TrimPrefix(b, []byte(bom))

	var published, retrieved string
	if !fast || !decodeSidecarFast(b, &s, &published, &retrieved) {
		// anything the fast path does not take, errors included, is
		// decoded by encoding/json, which names the problem
		s, published, retrieved = Sidecar{}, "", ""
		if err := decodeSidecar(b, &s, &published, &retrieved); err != nil {
			return s, err
		}
	}
	return checkSidecar(s, published, retrieved)
}

// decodeSidecar decodes the members of the sidecar JSON b (without a
// byte-order mark) into s, and the times, unparsed, into published and
// retrieved; the values are trimmed, not checked.
func decodeSidecar(b []byte, s *Sidecar, published, retrieved *string) error {
	fields := map[string]*string{
		"url": &s.URL, "title": &s.Title, "publisher": &s.Publisher, "author": &s.Author,
		"license": &s.License, "source_type": &s.SourceType,
		"requested_url": &s.RequestedURL, "content_type": &s.ContentType, "sha256": &s.SHA256,
	}
	fields["published"] = published
	fields["retrieved"] = retrieved
	var status *int // http_status, the one number

	dec := json.NewDecoder(bytes.NewReader(b))
	tok, err := dec.Token()
	if err == io.EOF {
		return errors.New("empty: want a JSON object")
	}
	if err != nil {
		return malformed(err)
	}
	if tok != json.Delim('{') {
		return fmt.Errorf("want a JSON object, not %s", jsonKind(tok))
	}
	seen := make(map[string]bool, len(fields))
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return malformed(err)
		}
		key, _ := tok.(string) // object keys are always strings
		dst, known := fields[key]
		if key == "http_status" {
			known, status = true, &s.HTTPStatus
		}
		if !known {
			return fmt.Errorf("json: unknown field %q", key)
		}
		if seen[key] {
			return fmt.Errorf("json: duplicate field %q", key)
		}
		seen[key] = true
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return malformed(err)
		}
		switch {
		case raw[0] == 'n': // null: unknown
		case key == "http_status":
			n, err := strconv.Atoi(string(raw))
			if err != nil || n < 100 || n > 599 {
				return fmt.Errorf("json: field %q must be an HTTP status from 100 to 599 or null, not %s", key, raw)
			}
			*status = n
		case raw[0] == '"':
			if err := json.Unmarshal(raw, dst); err != nil {
				return malformed(err)
			}
			*dst = strings.TrimSpace(*dst)
		default:
			return fmt.Errorf("json: field %q must be a string or null, not %s", key, rawKind(raw[0]))
		}
	}
	if _, err := dec.Token(); err != nil { // the closing '}'
		return malformed(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		if err != nil {
			return malformed(err)
		}
		return fmt.Errorf("malformed JSON: data after the object at byte %d", dec.InputOffset())
	}
	return nil
}

// checkSidecar checks and completes the values decodeSidecar decoded.
func checkSidecar(s Sidecar, published, retrieved string) (Sidecar, error) {
	var err error
	if s.SourceType != "" && !isSourceType(s.SourceType) {
		return s, fmt.Errorf("source_type %q is not one of %s", s.SourceType, strings.Join(SourceTypes, ", "))
	}
	if s.URL != "" {
		if err := checkURL("url", s.URL); err != nil {
			return s, err
		}
	}
	if s.RequestedURL != "" {
		if err := checkURL("requested_url", s.RequestedURL); err != nil {
			return s, err
		}
	}
	if s.ContentType != "" {
		if _, _, err := mime.ParseMediaType(s.ContentType); err != nil {
			return s, fmt.Errorf("content_type %q is not a media type: %v", s.ContentType, err)
		}
	}
	if s.SHA256 != "" {
		s.SHA256 = strings.ToLower(s.SHA256)
		if len(s.SHA256) != sha256.Size*2 || strings.Trim(s.SHA256, "0123456789abcdef") != "" {
			return s, fmt.Errorf("sha256 %q is not 64 hex digits", s.SHA256)
		}
	}
	if s.Published, err = parseTime("published", published); err != nil {
		return s, err
	}
	if s.Retrieved, err = parseTime("retrieved", retrieved); err != nil {
		return s, err
	}
	return s, nil
}

func isSourceType(t string) bool {
	for _, v := range SourceTypes {
		if t == v {
			return true
		}
	}
	return false
}

func checkURL(field, s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("%s: %w", field, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%s %q is not an absolute http(s) URL", field, s)
	}
	return nil
}

// parseTime parses an RFC 3339 time or a YYYY-MM-DD date; "" is the zero
// time (unknown).
func parseTime(field, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	layout := time.RFC3339
	if len(s) == len(time.DateOnly) {
		layout = time.DateOnly
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		msg := fmt.Sprintf("%s %q is not an RFC 3339 time or a YYYY-MM-DD date", field, s)
		var pe *time.ParseError
		if errors.As(err, &pe) && pe.Message != "" {
			msg += " (" + strings.TrimPrefix(pe.Message, ": ") + ")"
		}
		return time.Time{}, errors.New(msg)
	}
	t = t.UTC()
	if y := t.Year(); y < 1000 || y > 9999 {
		return time.Time{}, fmt.Errorf("%s %q: year %d in UTC is out of range 1000 to 9999", field, s, y)
	}
	return t, nil
}

func malformed(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("malformed JSON at byte %d: %w", se.Offset, err)
	}
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("malformed JSON: unexpected end of input")
	}
	return fmt.Errorf("malformed JSON: %w", err)
}

// jsonKind names the JSON type of a token.
func jsonKind(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		if v == '[' {
			return "an array"
		}
		return "an object"
	case string:
		return "a string"
	case float64, json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", tok)
}

// rawKind names the JSON type of a raw value from its first byte.
func rawKind(c byte) string {
	switch c {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	}
	return "a number"
}
