package htmltext

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Meta is what a page says about itself. Empty strings and the zero time
// mean the page does not say.
type Meta struct {
	Title     string
	Publisher string
	Author    string    // several authors are joined with ", "
	Published time.Time // in UTC
	// Notes are statements the page makes that were left out, and why
	// (a publication time without a time zone, JSON-LD that does not parse).
	Notes []string
}

// PageMeta reads what the page b says about itself from its <meta> tags,
// its JSON-LD (schema.org, including @graph and @id references) and its
// <title>, in this order of preference:
//
//   - Title: og:title, JSON-LD headline, twitter:title, <title>
//   - Publisher: og:site_name, JSON-LD publisher (its name)
//   - Author: <meta name="author">, JSON-LD author (the names of all of them)
//   - Published: article:published_time, JSON-LD datePublished
//
// Among JSON-LD objects, articles (Article, NewsArticle, BlogPosting, Report,
// ...) come before others, including an article that is a WebPage's
// mainEntity. Times are RFC 3339 or ISO 8601 with a time zone,
// or a date alone (midnight UTC), and are converted to UTC; a time without a
// time zone is not guessed: it is left out with a note.
func PageMeta(b []byte) (Meta, error) { return PageMetaAs(b, "") }

// PageMetaAs is [PageMeta] for a page received with the HTTP Content-Type
// contentType ("" when unknown; see [DecodeAs]).
func PageMetaAs(b []byte, contentType string) (Meta, error) {
	doc, err := parse(b, contentType)
	if err != nil {
		return Meta{}, err
	}
	var m Meta
	metas := map[string]string{}
	var title string
	var ld []any
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
				}
				if v := collapse(attr(n, "content")); key != "" && v != "" {
					if _, seen := metas[key]; !seen {
						metas[key] = v
					}
				}
			case atom.Title:
				if title == "" && !inSVG(n) {
					title = textOf(n)
				}
			case atom.Script:
				typ, _, _ := strings.Cut(strings.ToLower(attr(n, "type")), ";")
				if strings.TrimSpace(typ) == "application/ld+json" {
					var v any
					if err := json.Unmarshal([]byte(cleanJSON(textRaw(n))), &v); err != nil {
						m.Notes = append(m.Notes, fmt.Sprintf("JSON-LD ignored: %v", err))
					} else {
						ld = append(ld, v)
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)

	objs := linkedData(ld)
	m.Title = first(metas["og:title"], objs.str("headline"), metas["twitter:title"], title)
	m.Publisher = first(metas["og:site_name"], objs.names("publisher"))
	m.Author = first(notURL(byline(metas["author"])), objs.names("author"))

	for _, c := range []struct{ where, s string }{
		{"article:published_time", metas["article:published_time"]},
		{"JSON-LD datePublished", objs.str("datePublished")},
	} {
		if c.s == "" {
			continue
		}
		t, err := ParseTime(c.s)
		if err != nil {
			m.Notes = append(m.Notes, fmt.Sprintf("%s %q left out: %v", c.where, c.s, err))
			continue
		}
		m.Published = t
		break
	}
	return m, nil
}

// timeLayouts are the forms of a publication time that are understood; all
// name a time zone.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700",
	"2006-01-02 15:04:05.999999999Z07:00",
	time.RFC1123Z,
	time.RFC1123,
}

var noZone = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$`)

// ParseTime parses a publication time as pages write it: RFC 3339, ISO 8601
// with a time zone (offsets with or without a colon), RFC 1123, or a date
// alone (YYYY-MM-DD, midnight UTC). The result is in UTC. A time without a
// time zone is an error: the zone cannot be known.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if len(s) == len(time.DateOnly) {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return time.Time{}, fmt.Errorf("not a date")
		}
		return inRange(t)
	}
	if noZone.MatchString(s) {
		return time.Time{}, fmt.Errorf("no time zone")
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return inRange(t.UTC())
		}
	}
	return time.Time{}, fmt.Errorf("not a time with a time zone")
}

func inRange(t time.Time) (time.Time, error) {
	if y := t.Year(); y < 1000 || y > 9999 {
		return time.Time{}, fmt.Errorf("year %d out of range", y)
	}
	return t, nil
}

// byline removes a leading "By " from an author's name.
func byline(s string) string {
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		return strings.TrimSpace(s[3:])
	}
	return s
}

// notURL returns s unless it is a URL (a profile page, not a name).
func notURL(s string) string {
	if strings.Contains(s, "://") {
		return ""
	}
	return s
}

func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func inSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}

// textRaw returns the raw text of a script element.
func textRaw(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// cleanJSON removes what pages often wrap their JSON-LD in: HTML comments,
// CDATA markers and a trailing semicolon.
func cleanJSON(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) {
			s = strings.TrimSpace(s[len(p[0]) : len(s)-len(p[1])])
		}
	}
	return strings.TrimSuffix(s, ";")
}

// ldObjects are the JSON-LD objects of a page, articles first, each group in
// document order, with the objects that have an @id by id.
type ldObjects struct {
	list []map[string]any
	byID map[string]map[string]any
}

var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "backgroundnewsarticle": true, "reviewnewsarticle": true,
	"askpublicnewsarticle": true, "blogposting": true, "liveblogposting": true, "report": true,
	"scholarlyarticle": true, "techarticle": true, "socialmediaposting": true,
}

func linkedData(blocks []any) ldObjects {
	var articles, others []map[string]any
	objs := ldObjects{byID: map[string]map[string]any{}}
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				add(e, depth+1)
			}
		case map[string]any:
			if id, ok := v["@id"].(string); ok && id != "" {
				if _, seen := objs.byID[id]; !seen {
					objs.byID[id] = v
				}
			}
			if isArticle(v["@type"]) {
				articles = append(articles, v)
			} else {
				others = append(others, v)
			}
			if g, ok := v["@graph"]; ok {
				add(g, depth+1)
			}
			// a WebPage whose mainEntity is the article (not a reference
			// to it, which would stand for it in byID)
			if e, ok := v["mainEntity"].(map[string]any); ok && isArticle(e["@type"]) {
				add(e, depth+1)
			}
		}
	}
	for _, b := range blocks {
		add(b, 0)
	}
	objs.list = append(articles, others...)
	return objs
}

func isArticle(t any) bool {
	switch t := t.(type) {
	case string:
		return articleTypes[strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(t, "https://schema.org/"), "http://schema.org/"))]
	case []any:
		for _, e := range t {
			if isArticle(e) {
				return true
			}
		}
	}
	return false
}

// ldText returns a JSON-LD string as text: with white space collapsed, and
// with HTML character references decoded, since pages write them in their
// JSON-LD as in their HTML ("O&#8217;Neill", "&amp;"), though a script's
// content is not HTML-decoded.
func ldText(s string) string { return collapse(html.UnescapeString(s)) }

// str returns the first non-empty string value of key.
func (o ldObjects) str(key string) string {
	for _, obj := range o.list {
		switch v := obj[key].(type) {
		case string:
			if s := ldText(v); s != "" {
				return s
			}
		case []any:
			for _, e := range v {
				if s, ok := e.(string); ok && ldText(s) != "" {
					return ldText(s)
				}
			}
		}
	}
	return ""
}

// names returns the names of the first value of key that has any: a string,
// an object with a name (or an @id reference to one), or a list of these,
// joined with ", ".
func (o ldObjects) names(key string) string {
	for _, obj := range o.list {
		var names []string
		var add func(v any, depth int)
		add = func(v any, depth int) {
			switch v := v.(type) {
			case string:
				if s := ldText(v); s != "" && !strings.Contains(s, "://") {
					names = append(names, s)
				}
			case []any:
				for _, e := range v {
					add(e, depth)
				}
			case map[string]any:
				if name, ok := v["name"]; ok {
					if s, ok := name.(string); ok {
						add(s, depth)
					}
					return
				}
				if id, ok := v["@id"].(string); ok && depth == 0 {
					if ref, ok := o.byID[id]; ok {
						add(ref, depth+1)
					}
				}
			}
		}
		add(obj[key], 0)
		if len(names) > 0 {
			var uniq []string
			seen := map[string]bool{}
			for _, n := range names {
				if !seen[n] {
					seen[n] = true
					uniq = append(uniq, n)
				}
			}
			return strings.Join(uniq, ", ")
		}
	}
	return ""
}
