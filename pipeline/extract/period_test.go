package extract

import (
	"os"
	"testing"
	"time"

	"github.com/numtrail/numtrail/pipeline/corpus"
)

// TestOnlyPhrasesAt checks the shortcut of periodAt: wherever onlyPhrasesAt
// says that a period can start only as a named or relative phrase, the rest
// of periodAt finds none, at every token of some generated articles and of
// the article in raw/, with and without a publication date.
func TestOnlyPhrasesAt(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	var pubs []time.Time
	for _, d := range corpus.New(5).Docs(2 << 20) {
		texts, pubs = append(texts, d.Text), append(pubs, d.Published)
	}
	if b, err := os.ReadFile("../../raw/articles/express-2024-07-17-kings-speech.txt"); err == nil {
		texts, pubs = append(texts, string(b)), append(pubs, time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC))
	}
	var low lowerBuf
	var toks []token
	var sents []span
	shortcuts := 0
	for k, text := range texts {
		toks = tokenize(text, toks[:0], x.lx.words, &low)
		sents = sentences(toks, sents[:0])
		for _, s := range sents {
			r := newRecogniser(toks, text, s.a, s.b)
			for i := s.a; i < s.b; i++ {
				if !r.onlyPhrasesAt(i) {
					continue
				}
				shortcuts++
				for _, pub := range []time.Time{pubs[k], {}} {
					if p, ok := r.periodPastPhrases(x.lx, pub, i, r.word(i)); ok {
						t.Errorf("%q: a period past the phrases at %q, which onlyPhrasesAt rules out", text[toks[p.s].bs:toks[p.e-1].be], toks[i].low)
					}
				}
			}
		}
	}
	if shortcuts == 0 {
		t.Error("onlyPhrasesAt ruled out no token")
	}
}
