package source

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeSidecarFast decodes what decodeSidecar decodes, for the sidecars
// that are valid: one JSON object whose members are known keys, each at most
// once and written without escapes, with string or null values
// (http_status: a number from 100 to 599, or null), and nothing after it
// but white space. It reports false, having perhaps set some fields, for
// anything else, valid or not; the caller then decodes b with
// decodeSidecar, which says what is wrong. b must be valid UTF-8.
//
// encoding/json decodes a sidecar through a token stream, a map of fields
// and a reflective Unmarshal of each value; this reads the bytes once. The
// fuzz test FuzzParseSidecarFastPath checks that the two agree.
func decodeSidecarFast(b []byte, s *Sidecar, published, retrieved *string) bool {
	i := skipSpace(b, 0)
	if i == len(b) || b[i] != '{' {
		return false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return skipSpace(b, i+1) == len(b)
	}
	var seen uint16
	for {
		// "key"
		if i == len(b) || b[i] != '"' {
			return false
		}
		end := i + 1
		for end < len(b) && b[end] != '"' && b[end] != '\\' && b[end] >= 0x20 {
			end++
		}
		if end == len(b) || b[end] != '"' {
			return false
		}
		key := b[i+1 : end]
		i = skipSpace(b, end+1)
		if i == len(b) || b[i] != ':' {
			return false
		}
		i = skipSpace(b, i+1)
		if i == len(b) {
			return false
		}

		var dst *string
		var bit uint16
		switch string(key) {
		case "url":
			dst, bit = &s.URL, 1<<0
		case "title":
			dst, bit = &s.Title, 1<<1
		case "publisher":
			dst, bit = &s.Publisher, 1<<2
		case "author":
			dst, bit = &s.Author, 1<<3
		case "published":
			dst, bit = published, 1<<4
		case "retrieved":
			dst, bit = retrieved, 1<<5
		case "license":
			dst, bit = &s.License, 1<<6
		case "source_type":
			dst, bit = &s.SourceType, 1<<7
		case "requested_url":
			dst, bit = &s.RequestedURL, 1<<8
		case "content_type":
			dst, bit = &s.ContentType, 1<<9
		case "sha256":
			dst, bit = &s.SHA256, 1<<10
		case "http_status":
			bit = 1 << 11
		default:
			return false
		}
		if seen&bit != 0 {
			return false
		}
		seen |= bit

		// value
		switch {
		case b[i] == 'n':
			if !hasWord(b, i, "null") {
				return false
			}
			i += len("null")
		case dst == nil: // http_status: three digits, 100 to 599
			if i+3 > len(b) || b[i] < '1' || b[i] > '5' || !isDigit(b[i+1]) || !isDigit(b[i+2]) ||
				i+3 < len(b) && !isSpace(b[i+3]) && b[i+3] != ',' && b[i+3] != '}' {
				return false
			}
			s.HTTPStatus = int(b[i]-'0')*100 + int(b[i+1]-'0')*10 + int(b[i+2]-'0')
			i += 3
		case b[i] == '"':
			v, next, ok := jsonString(b, i)
			if !ok {
				return false
			}
			*dst = strings.TrimSpace(v)
			i = next
		default:
			return false
		}

		i = skipSpace(b, i)
		if i == len(b) {
			return false
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return skipSpace(b, i+1) == len(b)
		default:
			return false
		}
	}
}

// jsonString decodes the JSON string starting at b[i] (a '"') as
// encoding/json does: escapes decoded, a \u escape of half a surrogate pair
// that is not followed by the other half read as U+FFFD. It returns the
// index after the closing quote; ok is false for a string JSON does not
// allow (a control character, a bad escape, no closing quote).
func jsonString(b []byte, i int) (v string, next int, ok bool) {
	start := i + 1
	j := start
	for j < len(b) && b[j] != '"' && b[j] != '\\' && b[j] >= 0x20 {
		j++
	}
	if j < len(b) && b[j] == '"' { // no escapes: the common case
		return string(b[start:j]), j + 1, true
	}
	out := make([]byte, 0, len(b)-start)
	out = append(out, b[start:j]...)
	for j < len(b) {
		c := b[j]
		switch {
		case c == '"':
			return string(out), j + 1, true
		case c < 0x20:
			return "", 0, false
		case c != '\\':
			out = append(out, c)
			j++
			continue
		}
		if j+1 == len(b) {
			return "", 0, false
		}
		switch e := b[j+1]; e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(b, j+2)
			if r < 0 {
				return "", 0, false
			}
			j += 6
			if utf16.IsSurrogate(r) {
				if j+1 < len(b) && b[j] == '\\' && b[j+1] == 'u' {
					if r2 := hex4(b, j+2); r2 < 0 {
						return "", 0, false // encoding/json rejects the bad escape that follows
					} else if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						out = utf8.AppendRune(out, d)
						j += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
			continue
		default:
			return "", 0, false
		}
		j += 2
	}
	return "", 0, false
}

// hex4 is the value of the four hex digits at b[i:], or -1.
func hex4(b []byte, i int) rune {
	if i+4 > len(b) {
		return -1
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// skipSpace returns the index of the first byte from i on that is not JSON
// white space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// hasWord reports whether b holds w at i, followed by the end, white space,
// ',' or '}'.
func hasWord(b []byte, i int, w string) bool {
	if len(b)-i < len(w) || string(b[i:i+len(w)]) != w {
		return false
	}
	j := i + len(w)
	return j == len(b) || isSpace(b[j]) || b[j] == ',' || b[j] == '}'
}
