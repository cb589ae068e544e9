package htmltext

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ErrNotArticle is returned for a page that holds no article but says so
// in words Readability.js takes for one: a "page not found" page, or a
// cookie or consent wall. The error that wraps it says which.
var ErrNotArticle = errors.New("not an article")

// The tests are for short texts only, and conservative: a page is rejected
// only when what it says is all the page says. An article is longer, or has a
// headline of its own, or prose that is not about cookies.
const (
	maxNotFoundText = 1500 // bytes of text beside the headline
	maxWallText     = 4000
	maxWallOther    = 80 // bytes of text in blocks that say nothing of cookies or consent
	shortBlock      = 40 // a block shorter than this (a site's name, a button) is not counted
)

// notArticle returns an error wrapping ErrNotArticle when text, the main
// text of a page whose first <h1> is headline ("" if none) and whose
// <title> is title (needed only when the headline has fewer than three
// words: see notFoundPage), is that of a page with no article; else nil.
func notArticle(text, headline, title string) error {
	body := text
	if headline != "" {
		if first, rest, ok := strings.Cut(text, "\n\n"); ok && first == headline {
			body = rest
		} else if text == headline {
			body = ""
		}
	}
	n := len(body)
	if n <= maxNotFoundText && notFoundPage(body, headline, title) {
		return fmt.Errorf("%w: a \"page not found\" page", ErrNotArticle)
	}
	if n <= maxWallText && consentWall(body) {
		return fmt.Errorf("%w: a cookie or consent wall, with no article text", ErrNotArticle)
	}
	return nil
}

// notFoundHeading is the whole of the heading of a "page not found" (404) or
// "gone" (410) page: "Page not found", "404", "Error 404 - page not found",
// "Oops! We can't find that page", "Sorry, this page no longer exists",
// "This article has been removed". It is matched against a whole heading,
// never against a part of one ("Page not found: guidance removed from
// GOV.UK" is a headline).
var notFoundHeading = regexp.MustCompile(`(?i)^(?:(?:oops|sorry|whoops|uh[- ]oh|hmm+)[!.,…]*\s*)?(?:(?:(?:error|http)\s*)?(?:404|410)(?:\s*error)?[\s:.!,–—-]*)?(?:` +
	`(?:(?:this|the|that|your)\s+)?(?:page|article|story|content|url|link|file|resource)(?:\s+you(?:['’]re| are| were)\s+looking\s+for|\s+you\s+requested)?\s+(?:(?:was|could|can|cannot)\s*(?:not|n['’]t)?\s*(?:be\s+)?found|not\s+found|(?:does\s+not|doesn['’]t|no\s+longer)\s+exists?|(?:is\s+)?(?:no\s+longer|not)\s+available|(?:has\s+been|was|may\s+have\s+been)\s+(?:removed|deleted|moved|taken\s+down)|is\s+missing|is\s+gone)` +
	`|we\s+(?:can(?:not|['’]t|\s+not)|could(?:\s+not|n['’]t))\s+find\s+(?:that|the|this|your)\s+(?:page|article|story|content)(?:\s+you(?:['’]re| are| were)\s+looking\s+for|\s+you\s+requested)?` +
	`|(?:page|content|article)\s+(?:not\s+found|unavailable|no\s+longer\s+available|missing|gone)` +
	`|not\s+found` +
	`)?(?:\s*\(?(?:404|410)\)?)?[\s.!…]*$`)

// notFoundPage reports whether a page is a "page not found" page: its
// headline is the heading of one; or, when it has no headline of three words
// or more (none, a site's name, "Oops!"), its title (the part before the
// site's name) or the first line of its text is.
func notFoundPage(body, headline, title string) bool {
	if notFoundHead(headline) {
		return true
	}
	if hasWords(headline, 3) {
		return false
	}
	first, _, _ := strings.Cut(body, "\n")
	return notFoundHead(titleHead(title)) || notFoundHead(first)
}

// notFoundHead reports whether h is the heading of a "page not found" page.
func notFoundHead(h string) bool {
	h = strings.TrimSpace(h)
	return h != "" && len(h) <= 120 && notFoundWords.MatchString(h) && notFoundHeading.MatchString(h)
}

// hasWords reports whether s has n words or more (runs of characters that
// are not white space).
func hasWords(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			if in, words = true, words+1; words >= n {
				return true
			}
		}
	}
	return false
}

// notFoundWords must be in a heading that notFoundHeading matches (whose
// parts are all optional): a status, or words that say a page is missing.
var notFoundWords = regexp.MustCompile(`(?i)\b(?:404|410)\b|found|find|exist|available|removed|deleted|moved|taken\s+down|missing|gone`)

// titleSeparators split a <title> into the page's own title and the site's
// name ("Page not found | Daily Example").
var titleSeparators = regexp.MustCompile(`\s+[|–—·•-]\s+|\s+::?\s+`)

// titleHead is the part of title before its first separator.
func titleHead(title string) string {
	return titleSeparators.Split(collapse(title), 2)[0]
}

// consentWords are words about cookies and consent: a block of a consent
// wall holds one.
var consentWords = regexp.MustCompile(`(?i)cookie|consent|privacy|partners|vendors|personal\s+data|personali[sz]|advertis|preferences|settings|accept|reject|refuse|agree|opt[- ]?out|legitimate\s+interest|device|tracking|third[- ]part|data\s+protection`)

// wallPhrases are what a cookie or consent wall says to its reader; those
// of voice in the site's own voice ("we", "our", "you can"), which an article
// about cookie banners rarely uses: it reports what they say.
var (
	wallPhrases = []*regexp.Regexp{
		regexp.MustCompile(`(?i)\bby\s+(?:clicking|continuing|using\s+(?:this|our)\s+(?:site|website|service))`),
		regexp.MustCompile(`(?i)store\s+and/or\s+access\s+information\s+on\s+a\s+device`),
		regexp.MustCompile(`(?i)\b(?:accept|reject|refuse|allow|agree\s+to)\s+all(?:\s+cookies)?\b|\b(?:accept|reject|allow)\s+(?:cookies|and\s+continue)`),
		regexp.MustCompile(`(?i)\blegitimate\s+interests?\b`),
		regexp.MustCompile(`(?i)\bpersonali[sz]ed\s+(?:ads|advertising|content)`),
	}
	voice = []*regexp.Regexp{
		regexp.MustCompile(`(?i)\bwe(?:\s+and\s+our\s+(?:\d[\d,]*\s+)?(?:partners|vendors))?\s+(?:use|store|set|place|process)\s+(?:cookies|personal\s+data|information|data)`),
		regexp.MustCompile(`(?i)\bwe\s+and\s+our\s+(?:\d[\d,]*\s+)?(?:partners|vendors)`),
		regexp.MustCompile(`(?i)\b(?:this|our)\s+(?:site|website|web\s+site)\s+uses\s+cookies`),
		regexp.MustCompile(`(?i)\b(?:change|withdraw|manage|update|review)\s+your\s+(?:consent|preferences|choices|settings|mind|cookie|privacy)`),
		regexp.MustCompile(`(?i)\b(?:we\s+)?value\s+your\s+privacy|\byour\s+privacy\s+(?:is\s+important|matters|choices|settings|options)|\byour\s+(?:cookie|consent)\s+(?:choices|preferences|settings)`),
		regexp.MustCompile(`(?i)\bour\s+(?:cookie|privacy)\s+(?:policy|notice|statement)`),
		regexp.MustCompile(`(?i)\byou\s+(?:can|may)\s+(?:accept|reject|refuse|consent|object|change|withdraw|manage|choose)`),
	}
)

// consentWall reports whether body, a page's text without its headline,
// is a cookie or consent wall and nothing else: it says at least two of
// wallPhrases and voice (one of them in the site's voice), and every block
// of it but a few short ones speaks of cookies or consent.
func consentWall(body string) bool {
	// (without a lower-case copy of every short article: "Cookie", "COOKIE")
	if !strings.Contains(body, "ookie") && !strings.Contains(body, "onsent") &&
		!strings.Contains(body, "OOKIE") && !strings.Contains(body, "ONSENT") {
		return false
	}
	voiced, found := 0, 0
	for _, p := range voice {
		if p.MatchString(body) {
			voiced++
		}
	}
	for _, p := range wallPhrases {
		if p.MatchString(body) {
			found++
		}
	}
	if voiced == 0 || voiced+found < 2 {
		return false
	}
	other := 0
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimSpace(line)
		if len(line) < shortBlock || consentWords.MatchString(line) {
			continue
		}
		if other += len(line); other > maxWallOther {
			return false
		}
	}
	return true
}

// pageTitle returns the text of the page's <title> in its <head>, or "".
func pageTitle(doc *html.Node) string {
	for h := doc.FirstChild; h != nil; h = h.NextSibling {
		if h.Type != html.ElementNode || h.DataAtom != atom.Html {
			continue
		}
		for head := h.FirstChild; head != nil; head = head.NextSibling {
			if head.Type != html.ElementNode || head.DataAtom != atom.Head {
				continue
			}
			for c := head.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.DataAtom == atom.Title {
					return textOf(c)
				}
			}
		}
	}
	return ""
}
