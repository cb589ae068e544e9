package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
)

// SourceTypes are the values a sidecar's source_type may take.
var SourceTypes = []string{"news", "official_release", "official_table"}

// Sidecar is a document's metadata, from its NAME.meta.json. Every field is
// optional: "" or the zero time means unknown. Times are in UTC.
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
}

// ParseSidecar parses sidecar JSON bytes.
//
// The sidecar must be one UTF-8 JSON object (a leading byte-order mark is
// allowed) whose members are among url, title, publisher, author, published,
// retrieved, license and source_type, each a string or null, each at most
// once. Keys are matched exactly. Values are trimmed of surrounding white
// space; null and "" mean unknown. published and retrieved are RFC 3339
// times or YYYY-MM-DD dates (midnight UTC), converted to UTC, with a year
// from 1000 to 9999. url must be an absolute http or https URL. source_type
// must be one of SourceTypes.
//
// The error describes the problem without naming the file, for example
// `json: unknown field "foo"`; Read adds the path and ErrSidecar.
func ParseSidecar(b []byte) (Sidecar, error) {
	var s Sidecar
	if i := invalidUTF8At(string(b)); i >= 0 {
		return s, fmt.Errorf("invalid UTF-8 at byte %d", i)
	}
	b = bytes.TrimPrefix(b, []byte(bom))

	fields := map[string]*string{
		"url": &s.URL, "title": &s.Title, "publisher": &s.Publisher, "author": &s.Author,
		"license": &s.License, "source_type": &s.SourceType,
	}
	var published, retrieved string
	fields["published"] = &published
	fields["retrieved"] = &retrieved

	dec := json.NewDecoder(bytes.NewReader(b))
	tok, err := dec.Token()
	if err == io.EOF {
		return s, errors.New("empty: want a JSON object")
	}
	if err != nil {
		return s, malformed(err)
	}
	if tok != json.Delim('{') {
		return s, fmt.Errorf("want a JSON object, not %s", jsonKind(tok))
	}
	seen := make(map[string]bool, len(fields))
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return s, malformed(err)
		}
		key, _ := tok.(string) // object keys are always strings
		dst, known := fields[key]
		if !known {
			return s, fmt.Errorf("json: unknown field %q", key)
		}
		if seen[key] {
			return s, fmt.Errorf("json: duplicate field %q", key)
		}
		seen[key] = true
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return s, malformed(err)
		}
		switch raw[0] {
		case 'n': // null: unknown
		case '"':
			if err := json.Unmarshal(raw, dst); err != nil {
				return s, malformed(err)
			}
			*dst = strings.TrimSpace(*dst)
		default:
			return s, fmt.Errorf("json: field %q must be a string or null, not %s", key, rawKind(raw[0]))
		}
	}
	if _, err := dec.Token(); err != nil { // the closing '}'
		return s, malformed(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		if err != nil {
			return s, malformed(err)
		}
		return s, fmt.Errorf("malformed JSON: data after the object at byte %d", dec.InputOffset())
	}

	if s.SourceType != "" && !isSourceType(s.SourceType) {
		return s, fmt.Errorf("source_type %q is not one of %s", s.SourceType, strings.Join(SourceTypes, ", "))
	}
	if s.URL != "" {
		if err := checkURL(s.URL); err != nil {
			return s, err
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

func checkURL(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("url: %w", err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("url %q is not an absolute http(s) URL", s)
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
