package htmltext

import (
	"errors"
	"strings"
	"testing"
)

// page wraps a body in a page with a title.
func page(title, body string) []byte {
	return []byte(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + `</title></head><body>` + body + `</body></html>`)
}

const siteNav = `<header><a href="/">Daily Example</a><nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav></header>`
const siteFooter = `<footer><p>© 2024 Daily Example Ltd, 10 Example Street, London. Registered in England No. 1234567.</p></footer>`

// Pages with no article are rejected with ErrNotArticle, saying which kind
// they are.
func TestTextNotArticle(t *testing.T) {
	for _, c := range []struct {
		name, want string
		page       []byte
	}{
		{"not found", "page not found", page("Page not found | Daily Example", siteNav+
			`<main><h1>Page not found</h1><p>Sorry, the page you were looking for could not be found. It may have been moved, or the address may be mistyped.</p>`+
			`<p>Try the search box, or go back to the <a href="/">home page</a>.</p><h2>Most read</h2><ul><li><a href="/a">More than 1,100 migrants cross Channel in a day</a></li><li><a href="/b">Net migration falls to 431,000</a></li></ul></main>`+siteFooter)},
		{"404 heading", "page not found", page("Error | Daily Example", siteNav+
			`<div class="error-page"><h1>404 - Page Not Found</h1><p>We could not find the page you asked for. Please check the URL and try again, or browse our 24 sections from the menu.</p></div>`+siteFooter)},
		{"oops heading", "page not found", page("Daily Example", siteNav+
			`<div class="container"><h1>Oops!</h1><h2>We can’t find that page</h2><p>The story you were looking for may have been removed. Here are 5 things you can do instead.</p></div>`+siteFooter)},
		{"no heading", "page not found", page("404 Not Found", `<div><p>The requested URL /news/uk-12345 was not found on this server.</p><p>Additionally, a 404 Not Found error was encountered while trying to use an ErrorDocument to handle the request.</p></div>`)},
		{"gone", "page not found", page("This article is no longer available – Daily Example", siteNav+
			`<article><h1>This article has been removed</h1><p>This article was removed on 3 March 2024 for legal reasons.</p></article>`+siteFooter)},
		{"consent wall", "consent wall", page("Daily Example", `<div class="qx-overlay"><div class="qx-dialog-body">`+
			`<h2>We value your privacy</h2>`+
			`<p>We and our 842 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.</p>`+
			`<p>With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our 842 partners’ processing as described above. Alternatively you may access more detailed information and change your preferences before consenting or to refuse consenting.</p>`+
			`<p>Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing. Your preferences will apply to this website only.</p>`+
			`<div class="qx-buttons"><a href="#" class="qx-btn">Accept all</a> <a href="#" class="qx-btn">Reject all</a> <a href="#" class="qx-btn">More options</a></div></div></div>`)},
		{"cookie wall under a headline", "consent wall", page("Net migration falls to 431,000 | Daily Example",
			`<h1>Net migration falls to 431,000 as visa rules bite</h1><div id="gate"><p>This site uses cookies to give you the best experience, to measure traffic and to show you 3 kinds of adverts.</p>`+
				`<p>By clicking “Accept cookies” you agree to our use of cookies as set out in our cookie policy. You can change your cookie settings at any time.</p>`+
				`<p><a href="/accept">Accept cookies</a> <a href="/settings">Cookie settings</a></p></div>`)},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, err := Text(c.page)
			if !errors.Is(err, ErrNotArticle) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Text = %q, %v; want ErrNotArticle saying %q", text, err, c.want)
			}
		})
	}
}

// Real articles, however short, and whatever they are about, are never
// taken for pages with no article.
func TestTextShortArticlesAreArticles(t *testing.T) {
	for _, c := range []struct {
		name, want string
		page       []byte
	}{
		{"short article", "Net migration to the UK fell to 431,000", page("Net migration falls | Daily Example", siteNav+
			`<article><h1>Net migration falls to 431,000</h1><p>Net migration to the UK fell to 431,000 in the year to December, official figures show.</p></article>`+siteFooter)},
		{"headline saying not found", "were not found", page("Two migrants not found after dinghy sinks | Daily Example", siteNav+
			`<article><h1>Two migrants not found after dinghy sinks</h1><p>Two people were not found after a dinghy carrying 45 migrants sank in the Channel, the coastguard said.</p></article>`+siteFooter)},
		{"headline with 404", "404 people", page("404 migrants cross the Channel | Daily Example", siteNav+
			`<article><h1>404 migrants cross the Channel</h1><p>404 people crossed the Channel in small boats on Tuesday, Home Office figures show.</p></article>`+siteFooter)},
		{"page not found story", "page not found", page("Page not found: asylum guidance removed | Daily Example", siteNav+
			`<article><h1>Page not found: asylum guidance removed</h1><p>Visitors to the Home Office's asylum guidance now see a 'page not found' message after 12 documents were withdrawn on Monday.</p></article>`+siteFooter)},
		{"story about cookie banners", "53 of the", page("Regulator warns websites over cookie banners | Daily Example", siteNav+
			`<article><h1>Regulator warns websites over cookie banners</h1>`+
			`<p>The Information Commissioner's Office has written to 53 of the UK's 100 most visited websites, warning them that they face enforcement action.</p>`+
			`<p>It said rejecting cookies must be as easy as accepting them: a banner must offer “Reject all” beside “Accept all”, and sites cannot rely on “legitimate interest” for advertising cookies.</p>`+
			`<p>Sites that say “by continuing to browse you consent to cookies” breach the rules, the regulator said.</p></article>`+siteFooter)},
		{"article under a cookie banner", "More than 1,100 migrants", page("Crossings | Daily Example",
			`<div class="cookie-notice"><p>We use cookies. By clicking “Accept all” you agree to our cookie policy.</p><button>Accept all</button><button>Reject all</button></div>`+siteNav+
				`<article><h1>Channel crossings top 1,100</h1><p>More than 1,100 migrants have crossed the Channel since the election, figures show.</p></article>`+siteFooter)},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, err := Text(c.page)
			if err != nil {
				t.Fatalf("Text: %v", err)
			}
			if !strings.Contains(text, c.want) {
				t.Errorf("Text = %q, want it to hold %q", text, c.want)
			}
		})
	}
}

// The heading of a "page not found" page is matched whole.
func TestNotFoundHeading(t *testing.T) {
	for _, h := range []string{"Page not found", "404", "Error 404", "404 Not Found", "404 - Page Not Found", "Oops! Page not found.",
		"Sorry, we couldn’t find that page", "We can't find the page you're looking for", "The page you requested could not be found",
		"This page doesn't exist", "This page no longer exists", "Page no longer available", "Not Found", "Page not found (404)",
		"This article has been removed", "Content unavailable"} {
		if !notFoundPage("", h, "") {
			t.Errorf("%q is not taken for the heading of a page not found", h)
		}
	}
	for _, h := range []string{"404 migrants cross the Channel", "Two migrants not found after dinghy sinks", "Page not found: asylum guidance removed",
		"Error", "Gone", "Missing", "Sorry", "Oops!", "Net migration falls to 431,000", "The 404 bus route is cut", "410 people crossed on Monday",
		"Missing migrants: 20 not found after boat sinks", "Records of 3,000 asylum seekers could not be found"} {
		if notFoundPage("", h, "") {
			t.Errorf("%q is taken for the heading of a page not found", h)
		}
	}
	// with no headline of its own, the title before the site's name, or
	// the first line of the text
	if !notFoundPage("Try the search box.", "", "Page Not Found – Daily Example") || !notFoundPage("Page not found\n\nTry the search box.", "Daily Example", "Daily Example") {
		t.Error("title or first line not read")
	}
	if notFoundPage("Try the search box.", "Net migration falls to 431,000", "Page Not Found – Daily Example") {
		t.Error("the title read although the page has a headline")
	}
}
