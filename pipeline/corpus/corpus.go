package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Figure is one statistic a template put into a document.
type Figure struct {
	Quote     string  // the figure exactly as it appears in Text, hedge words included ("more than 1,200")
	Start     int     // offset of Quote in Text, in code points
	Value     float64 // the number; negative for a fall ("down 12%" is -12)
	Qualifier string  // exact, more_than, at_least, less_than, at_most, almost, approximately
	Unit      string  // persons, boats, GBP, percent
	Measure   string  // the measure the sentence states (small_boat_arrivals, net_migration, ...)
	Statistic string  // level, change, percent_change, share, average
	Kind      string  // how the number is written: count, count-hedged, money-bn, percent, ...
	Where     string  // headline, standfirst, body, speech, caption
}

// End is the offset just after Quote, in code points.
func (f Figure) End() int { return f.Start + utf8.RuneCountInString(f.Quote) }

// Distractor is a number in a document that is not a statistic: a date, a
// year, a time, an age, a label, a phone number.
type Distractor struct {
	Quote string // as it appears in Text ("17 July 2024", "aged 16", "section 3")
	Start int    // offset of Quote in Text, in code points
	Kind  string // date, year, time, age, label, covid, phone, duration, distance
}

// End is the offset just after Quote, in code points.
func (d Distractor) End() int { return d.Start + utf8.RuneCountInString(d.Quote) }

// Meta is a document's sidecar. It marshals to JSON that the source stage
// accepts: only the keys a sidecar may have, published as YYYY-MM-DD and
// retrieved as RFC 3339.
type Meta struct {
	URL        string `json:"url"`
	Title      string `json:"title"`
	Publisher  string `json:"publisher"`
	Author     string `json:"author"`
	Published  string `json:"published"`
	Retrieved  string `json:"retrieved"`
	License    string `json:"license"`
	SourceType string `json:"source_type"`
}

// Doc is one generated article.
type Doc struct {
	Name        string    // path under the raw root without extension: "articles/gen-000123"
	Text        string    // the article, UTF-8, ending in a newline
	Meta        Meta      // the sidecar
	Published   time.Time // Meta.Published as a time (midnight UTC)
	Figures     []Figure  // the statistics in Text, in order of position
	Distractors []Distractor
}

// Sidecar returns the document's NAME.meta.json bytes.
func (d *Doc) Sidecar() []byte {
	b, err := json.MarshalIndent(d.Meta, "", "  ")
	if err != nil {
		panic(err) // a struct of strings always marshals
	}
	return append(b, '\n')
}

// Generator makes documents from a seed.
type Generator struct {
	seed int64
}

// New returns a generator. Equal seeds give equal documents.
func New(seed int64) *Generator { return &Generator{seed: seed} }

// Seed returns the generator's seed.
func (g *Generator) Seed() int64 { return g.seed }

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// Doc returns document i (i >= 0). It depends only on the seed and i.
func (g *Generator) Doc(i int) Doc {
	s := splitmix(uint64(g.seed))
	r := rand.New(rand.NewPCG(splitmix(s^uint64(i)), splitmix(s+uint64(i)*0x632be59bd9b4e019)))
	b := newBuilder(r, i)
	return b.build(fmt.Sprintf("articles/gen-%06d", i))
}

// Docs returns documents 0, 1, 2, ... until their texts add up to at least
// minBytes.
func (g *Generator) Docs(minBytes int) []Doc {
	var out []Doc
	for n := 0; n < minBytes; {
		d := g.Doc(len(out))
		n += len(d.Text)
		out = append(out, d)
	}
	return out
}

// Text returns the texts of documents 0, 1, 2, ... separated by blank lines,
// at least minBytes long: a corpus for throughput benchmarks.
func (g *Generator) Text(minBytes int) []byte {
	buf := make([]byte, 0, minBytes+16<<10)
	for i := 0; len(buf) < minBytes; i++ {
		if i > 0 {
			buf = append(buf, '\n')
		}
		buf = append(buf, g.Doc(i).Text...)
	}
	return buf
}

// WriteRaw writes documents 0 to n-1 under dir as a raw root:
// dir/articles/gen-000000.txt and its sidecar gen-000000.meta.json, and so
// on. It returns the bytes written, documents and sidecars together.
func (g *Generator) WriteRaw(dir string, n int) (int64, error) {
	return g.writeRaw(dir, n, ".txt", func(d Doc) []byte { return []byte(d.Text) })
}

// WriteRawHTML is WriteRaw with each document written as a news site's page
// (Doc.HTML), articles/gen-000000.html and so on, for load tests of pages.
func (g *Generator) WriteRawHTML(dir string, n int) (int64, error) {
	return g.writeRaw(dir, n, ".html", Doc.HTML)
}

func (g *Generator) writeRaw(dir string, n int, ext string, body func(Doc) []byte) (int64, error) {
	if err := os.MkdirAll(filepath.Join(dir, "articles"), 0o755); err != nil {
		return 0, err
	}
	var total int64
	for i := 0; i < n; i++ {
		d := g.Doc(i)
		base := filepath.Join(dir, filepath.FromSlash(d.Name))
		b := body(d)
		if err := os.WriteFile(base+ext, b, 0o644); err != nil {
			return total, err
		}
		total += int64(len(b))
		sc := d.Sidecar()
		if err := os.WriteFile(base+".meta.json", sc, 0o644); err != nil {
			return total, err
		}
		total += int64(len(sc))
	}
	return total, nil
}

// ---------------------------------------------------------------------------
// Building one document

type builder struct {
	r     *rand.Rand
	i     int
	buf   strings.Builder
	runes int
	figs  []Figure
	dis   []Distractor
	pub   time.Time
	topic string
	cast  map[string]string
	used  map[string]bool
	where string
}

func newBuilder(r *rand.Rand, i int) *builder {
	return &builder{r: r, i: i, used: map[string]bool{}}
}

func (b *builder) pick(list []string) string { return list[b.r.IntN(len(list))] }

func (b *builder) chance(p float64) bool { return b.r.Float64() < p }

// write appends s to the text.
func (b *builder) write(s string) {
	b.buf.WriteString(s)
	b.runes += utf8.RuneCountInString(s)
}

func (b *builder) build(name string) Doc {
	r := b.r
	first := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	b.pub = first.AddDate(0, 0, r.IntN(365*3))
	b.topic = topics[r.IntN(len(topics))]
	b.cast = b.makeCast()
	publisher := b.pick(publishers)
	author := b.name()
	target := 1000 + r.IntN(6400) // bytes; the last paragraphs and lines take it to at most 8 KiB

	// headline
	b.where = "headline"
	title := b.expand(b.pick(headlines[b.topic]))
	b.write(title)
	b.write("\n\n")
	if b.chance(0.85) {
		b.where = "standfirst"
		b.paragraph(b.pick(standfirsts[b.topic]))
	}
	b.write("By " + author)
	if b.chance(0.7) {
		b.write(", " + b.pick(roles))
	}
	b.write("\n\n")
	if b.chance(0.5) {
		b.write(b.pick([]string{"Published ", "Updated ", ""}))
		b.line(b.pick([]string{"{time}, {date}", "{date}, {time}", "{time} {date}"}) + "\n\n")
	}

	captionAt := 1 + r.IntN(3)
	readMoreAt := 3 + r.IntN(4)
	caption, readMore := false, false
	for p := 0; b.buf.Len() < target || !caption || !readMore; p++ {
		switch {
		case p == captionAt || (b.buf.Len() >= target && !caption):
			b.where = "caption"
			b.line(b.pick(captions) + b.pick([]string{" (Image: PA)", " (Image: PA)", " (Image: PA)", " (Image: Getty)"}) + "\n\n")
			caption = true
			continue
		case p == readMoreAt || (b.buf.Len() >= target && !readMore):
			b.write("READ MORE: " + b.pick(readMores) + "\n\n")
			readMore = true
			continue
		}
		switch x := r.Float64(); {
		case x < 0.58:
			b.where = "body"
			n := 1 + r.IntN(3)
			var ss []string
			for k := 0; k < n; k++ {
				ts := facts[b.topic]
				if b.chance(0.2) {
					ts = facts[topics[r.IntN(len(topics))]]
				}
				ss = append(ss, b.fresh(ts))
				if k < n-1 && b.chance(0.15) {
					ss = append(ss, b.fresh(contexts))
					k++
				}
			}
			b.paragraph(ss...)
		case x < 0.80:
			b.where = "speech"
			ts := speeches[b.topic]
			if b.chance(0.35) {
				ts = speeches[""]
			}
			b.paragraph(b.fresh(ts))
		default:
			b.where = "body"
			if b.chance(0.5) {
				b.paragraph(b.fresh(contexts))
			} else {
				b.paragraph(b.fresh(contexts), b.fresh(contexts))
			}
		}
	}
	b.where = "body"
	b.line(b.pick(closers) + "\n")

	slug := slugify(title)
	pubSlug := slugify(publisher)
	meta := Meta{
		URL:        fmt.Sprintf("https://news.example/%s/%s/%s-%d", pubSlug, b.pub.Format("2006/01/02"), slug, b.i),
		Title:      title,
		Publisher:  publisher,
		Author:     author,
		Published:  b.pub.Format(time.DateOnly),
		Retrieved:  b.pub.Add(time.Duration(24+r.IntN(24*30))*time.Hour + time.Duration(r.IntN(3600))*time.Second).Format(time.RFC3339),
		License:    "synthetic text generated by numtrail/pipeline/corpus; no rights reserved",
		SourceType: "news",
	}
	return Doc{Name: name, Text: b.buf.String(), Meta: meta, Published: b.pub, Figures: b.figs, Distractors: b.dis}
}

// fresh picks a template not yet used in this document when it can.
func (b *builder) fresh(ts []string) string {
	for try := 0; try < 6; try++ {
		t := b.pick(ts)
		if !b.used[t] {
			b.used[t] = true
			return t
		}
	}
	return b.pick(ts)
}

// paragraph writes sentence templates as one paragraph and a blank line.
func (b *builder) paragraph(ts ...string) {
	for k, t := range ts {
		if k > 0 {
			b.write(" ")
		}
		b.emit(b.pieces(t))
	}
	b.write("\n\n")
}

// line writes one template as is (the caller adds line ends).
func (b *builder) line(t string) { b.emit(b.pieces(t)) }

// expand returns a template's text, for a line the caller writes next (the
// headline, which is also the title); its figures and distractors are
// recorded at the offsets they will have once written.
func (b *builder) expand(t string) string {
	ps := b.pieces(t)
	start := b.runes
	var sb strings.Builder
	for _, p := range ps {
		if p.fig != nil {
			f := *p.fig
			f.Start = start + utf8.RuneCountInString(sb.String())
			b.figs = append(b.figs, f)
		}
		if p.dis != "" {
			b.dis = append(b.dis, Distractor{Quote: p.text, Start: start + utf8.RuneCountInString(sb.String()), Kind: p.dis})
		}
		sb.WriteString(p.text)
	}
	return sb.String()
}

func (b *builder) emit(ps []piece) {
	for _, p := range ps {
		if p.fig != nil {
			f := *p.fig
			f.Start = b.runes
			b.figs = append(b.figs, f)
		}
		if p.dis != "" {
			b.dis = append(b.dis, Distractor{Quote: p.text, Start: b.runes, Kind: p.dis})
		}
		b.write(p.text)
	}
}

// piece is a run of text, a figure or a distractor.
type piece struct {
	text string
	fig  *Figure
	dis  string // distractor kind
}

// pieces expands the placeholders of template t: {key:fmt} is a figure of
// the profile key written in format fmt, {key:fmt:stat} overrides its
// statistic, and {slot} is a name, a place or a distractor. The first letter
// of the sentence is capitalised.
func (b *builder) pieces(t string) []piece {
	var ps []piece
	for len(t) > 0 {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			ps = append(ps, piece{text: t})
			break
		}
		if i > 0 {
			ps = append(ps, piece{text: t[:i]})
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			panic("corpus: unclosed placeholder in " + t)
		}
		ph := t[i+1 : i+j]
		t = t[i+j+1:]
		if strings.Contains(ph, ":") {
			ps = append(ps, b.figure(ph)...)
		} else {
			ps = append(ps, b.slot(ph))
		}
	}
	if len(ps) > 0 {
		p := &ps[0]
		if p.fig != nil {
			f := *p.fig
			f.Quote = capitalise(f.Quote)
			p.fig = &f
		}
		p.text = capitalise(p.text)
	}
	return ps
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// ---------------------------------------------------------------------------
// Figures

type profile struct {
	measure  string
	unit     string  // persons, boats, GBP
	lo, hi   float64 // levels
	plo, phi float64 // percentages, for the p format
}

var profiles = map[string]profile{
	"boats_day":    {"small_boat_arrivals", "persons", 40, 1300, 0, 0},
	"boats_year":   {"small_boat_arrivals", "persons", 9000, 46000, 55, 88},
	"boats_per":    {"small_boat_arrivals", "persons", 38, 72, 0, 0},
	"boats_count":  {"small_boats", "boats", 3, 60, 0, 0},
	"prevented":    {"other", "persons", 60, 900, 0, 0},
	"net":          {"net_migration", "persons", 480e3, 906e3, 0, 0},
	"immig":        {"immigration", "persons", 1.0e6, 1.33e6, 0, 0},
	"emig":         {"emigration", "persons", 390e3, 560e3, 0, 0},
	"backlog":      {"asylum_backlog", "persons", 60e3, 180e3, 0, 0},
	"claims":       {"asylum_applications", "persons", 30e3, 110e3, 15, 45},
	"grants":       {"asylum_grants", "persons", 15e3, 70e3, 35, 76},
	"returns":      {"returns", "persons", 4e3, 32e3, 0, 0},
	"visas":        {"visas_granted", "persons", 2e5, 1.4e6, 20, 45},
	"asylum_cost":  {"asylum_cost", "GBP", 1.5e9, 5.4e9, 0, 0},
	"hotel_day":    {"hotel_cost", "GBP", 3e6, 9e6, 0, 0},
	"hotel_year":   {"hotel_cost", "GBP", 1e9, 3.2e9, 0, 0},
	"rwanda_pay":   {"payment_to_rwanda", "GBP", 1e8, 3.2e8, 0, 0},
	"rwanda_total": {"rwanda_scheme_cost", "GBP", 5e8, 7.2e8, 0, 0},
	"rwanda_rel":   {"rwanda_relocations", "persons", 2, 9, 0, 0},
	"pop":          {"population", "persons", 6.0e7, 6.95e7, 0, 0},
}

type hedge struct{ words, q string }

var hedges = []hedge{
	{"more than", "more_than"}, {"over", "more_than"}, {"just over", "more_than"}, {"in excess of", "more_than"},
	{"almost", "almost"}, {"nearly", "almost"}, {"close to", "almost"},
	{"around", "approximately"}, {"about", "approximately"}, {"some", "approximately"}, {"roughly", "approximately"},
	{"at least", "at_least"}, {"fewer than", "less_than"}, {"just under", "less_than"}, {"up to", "at_most"},
}

// figure makes the pieces of placeholder "key:fmt" or "key:fmt:stat".
func (b *builder) figure(ph string) []piece {
	parts := strings.Split(ph, ":")
	p, ok := profiles[parts[0]]
	if !ok {
		panic("corpus: unknown profile " + parts[0])
	}
	f := Figure{Unit: p.unit, Measure: p.measure, Statistic: "level", Qualifier: "exact", Where: b.where}
	var prefix string
	r := b.r
	switch format := parts[1]; format {
	case "n":
		f.Quote, f.Value, f.Kind = b.amount(p, b.level(p))
	case "e": // "an estimated 685,000": the hedge is not part of the quote
		prefix = b.pick([]string{"an estimated ", "an estimated ", "a provisional "})
		f.Quote, f.Value, f.Kind = b.amount(p, b.level(p))
		f.Kind = "count-estimated"
	case "h":
		h := hedges[r.IntN(len(hedges))]
		if p.unit == "GBP" && h.words == "fewer than" {
			h.words = "less than"
		}
		v := roundSig(b.level(p), 2)
		q, val, kind := b.amount(p, v)
		f.Quote, f.Value, f.Qualifier = h.words+" "+q, val, h.q
		f.Kind = strings.Split(kind, "-")[0] + "-hedged"
	case "m": // "1.2 million", "1.2m"
		v := b.level(p)
		if v < 1e6 {
			f.Quote, f.Value, f.Kind = b.amount(p, v)
			break
		}
		d := 1 + r.IntN(2)
		s := trimZeros(strconv.FormatFloat(v/1e6, 'f', d, 64))
		f.Value = parse(s, 6)
		if b.chance(0.7) {
			f.Quote, f.Kind = s+" million", "count-million"
		} else {
			f.Quote, f.Kind = s+"m", "count-m"
		}
	case "k": // "30k"
		v := math.Round(b.level(p) / 1000)
		f.Quote, f.Value, f.Kind = strconv.Itoa(int(v))+"k", v*1000, "count-k"
	case "w": // "four"
		v := b.level(p)
		if v > 20 {
			v = float64(2 + r.IntN(19))
		}
		f.Value = math.Round(v)
		f.Quote, f.Kind = numberWords[int(f.Value)], "count-words"
		if f.Value == 12 && b.chance(0.5) {
			f.Quote = "a dozen"
		}
	case "p":
		v := p.plo + r.Float64()*(p.phi-p.plo)
		f.Quote, f.Value = b.percent(v)
		f.Unit, f.Statistic, f.Kind = "percent", "share", "percent"
	case "c+", "c-":
		v := 2 + r.Float64()*48
		f.Quote, f.Value = b.percent(v)
		if format == "c-" {
			f.Value = -f.Value
		}
		f.Unit, f.Statistic, f.Kind = "percent", "percent_change", "percent-change"
	case "d+", "d-":
		v := roundSig(p.lo*0.05+r.Float64()*(p.hi-p.lo)*0.25, 2)
		f.Quote, f.Value, f.Kind = b.amount(p, v)
		if format == "d-" {
			f.Value = -f.Value
		}
		f.Statistic, f.Kind = "change", strings.Split(f.Kind, "-")[0]+"-change"
	case "o": // "one in five"
		n := 3 + r.IntN(8)
		f.Quote, f.Value = "one in "+numberWords[n], 100/float64(n)
		f.Unit, f.Statistic, f.Kind = "percent", "share", "one-in"
	case "f":
		fr := fractionWords[r.IntN(len(fractionWords))]
		f.Quote, f.Value = fr.words, fr.value
		f.Unit, f.Statistic, f.Kind = "percent", "share", "fraction"
	default:
		panic("corpus: unknown format " + ph)
	}
	if len(parts) > 2 {
		f.Statistic = parts[2]
	}
	var ps []piece
	if prefix != "" {
		ps = append(ps, piece{text: prefix})
	}
	return append(ps, piece{text: f.Quote, fig: &f})
}

// level draws a level of the profile.
func (b *builder) level(p profile) float64 {
	v := p.lo + b.r.Float64()*(p.hi-p.lo)
	switch {
	case p.hi <= 2000:
		return math.Round(v)
	case b.chance(0.5):
		return roundSig(v, 3)
	}
	return math.Round(v)
}

// amount writes v in the profile's unit: "12,345", "£4.7 billion", "£240m".
func (b *builder) amount(p profile, v float64) (quote string, value float64, kind string) {
	r := b.r
	if p.unit != "GBP" {
		if v >= 1e6 && b.chance(0.5) {
			s := trimZeros(strconv.FormatFloat(v/1e6, 'f', 1+r.IntN(2), 64))
			return s + " million", parse(s, 6), "count-million"
		}
		n := int64(math.Round(v))
		if n >= 1000 && n < 10000 && (n < 1800 || n > 2100) && b.chance(0.1) {
			return strconv.FormatInt(n, 10), float64(n), "count-plain"
		}
		return grouped(n), float64(n), "count"
	}
	switch {
	case v >= 1e9:
		s := trimZeros(strconv.FormatFloat(v/1e9, 'f', 1+r.IntN(2), 64))
		switch r.IntN(5) {
		case 0, 1:
			return "£" + s + " billion", parse(s, 9), "money-bn"
		case 3:
			return "£" + s + "billion", parse(s, 9), "money-bn"
		case 2:
			return "£" + s + "bn", parse(s, 9), "money-bn"
		default:
			return s + " billion pounds", parse(s, 9), "money-words"
		}
	case v >= 1e6:
		var s string
		if v >= 1e8 || b.chance(0.5) {
			s = strconv.Itoa(int(math.Round(v / 1e6)))
		} else {
			s = trimZeros(strconv.FormatFloat(v/1e6, 'f', 1, 64))
		}
		if b.chance(0.6) {
			return "£" + s + " million", parse(s, 6), "money-m"
		}
		return "£" + s + "m", parse(s, 6), "money-m"
	}
	n := int64(math.Round(v))
	return "£" + grouped(n), float64(n), "money"
}

// percent writes v as "12%", "12 per cent" or "12.5 per cent".
func (b *builder) percent(v float64) (string, float64) {
	var s string
	if b.chance(0.3) {
		s = trimZeros(strconv.FormatFloat(v, 'f', 1, 64))
	} else {
		s = strconv.Itoa(int(math.Round(v)))
	}
	val := parse(s, 0)
	switch b.r.IntN(5) {
	case 0, 1:
		return s + "%", val
	case 2, 3:
		return s + " per cent", val
	}
	return s + " percent", val
}

var fractionWords = []struct {
	words string
	value float64
}{
	{"half", 50}, {"a third", 100.0 / 3}, {"a quarter", 25}, {"two-thirds", 200.0 / 3}, {"three-quarters", 75}, {"a fifth", 20},
}

var numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

func parse(mant string, exp int) float64 {
	f, err := strconv.ParseFloat(mant+"e"+strconv.Itoa(exp), 64)
	if err != nil {
		panic(err)
	}
	return f
}

func trimZeros(s string) string {
	if strings.IndexByte(s, '.') < 0 {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

func roundSig(v float64, n int) float64 {
	if v == 0 {
		return 0
	}
	e := math.Pow(10, math.Floor(math.Log10(math.Abs(v)))-float64(n-1))
	return math.Round(v/e) * e
}

func grouped(n int64) string {
	s := strconv.FormatInt(n, 10)
	if len(s) <= 3 {
		return s
	}
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}

// ---------------------------------------------------------------------------
// Slots: names, places and numbers that are not statistics

func (b *builder) name() string { return b.pick(firstNames) + " " + b.pick(surnames) }

func (b *builder) makeCast() map[string]string {
	c := map[string]string{}
	c["minister_name"] = b.name()
	c["minister"] = b.pick(ministerRoles) + " " + c["minister_name"]
	c["shadow"] = b.pick(shadowRoles) + " " + b.name()
	c["charity"] = b.name() + ", " + b.pick(charityRoles)
	c["academic"] = b.pick([]string{"Dr ", "Professor "}) + b.name() + ", " + b.pick(academicRoles)
	return c
}

// slot fills a placeholder that is not a figure.
func (b *builder) slot(name string) piece {
	r := b.r
	if v, ok := b.cast[name]; ok {
		return piece{text: v}
	}
	switch name {
	case "spokes":
		return piece{text: b.pick(spokespeople)}
	case "place":
		return piece{text: b.pick(ukPlaces)}
	case "fplace":
		return piece{text: b.pick(frenchPlaces)}
	case "town":
		return piece{text: b.pick(towns)}
	case "court":
		return piece{text: b.pick(courts)}
	case "weekday":
		return piece{text: time.Weekday(r.IntN(7)).String()}
	case "month":
		return piece{text: time.Month(1 + r.IntN(12)).String()}
	case "ordinal":
		return piece{text: b.pick([]string{"second", "third", "fourth", "fifth"})}
	case "date":
		d := b.pub.AddDate(0, 0, -r.IntN(40))
		return piece{text: fmt.Sprintf("%d %s %d", d.Day(), d.Month(), d.Year()), dis: "date"}
	case "daymonth":
		d := b.pub.AddDate(0, 0, 1+r.IntN(60))
		if b.chance(0.5) {
			return piece{text: fmt.Sprintf("%d %s", d.Day(), d.Month()), dis: "date"}
		}
		return piece{text: fmt.Sprintf("%s %d", d.Month(), d.Day()), dis: "date"}
	case "year":
		return piece{text: strconv.Itoa(2012 + r.IntN(b.pub.Year()-2012)), dis: "year"}
	case "fy":
		y := b.pub.Year() - 1 - r.IntN(3)
		return piece{text: fmt.Sprintf("%d/%02d", y, (y+1)%100), dis: "year"}
	case "midyear":
		return piece{text: fmt.Sprintf("mid-%d", b.pub.Year()-1), dis: "year"}
	case "time":
		h, m := 1+r.IntN(12), []int{0, 15, 30, 45}[r.IntN(4)]
		ap := b.pick([]string{"am", "pm"})
		if m == 0 {
			return piece{text: fmt.Sprintf("%d%s", h, ap), dis: "time"}
		}
		return piece{text: fmt.Sprintf("%d.%02d%s", h, m, ap), dis: "time"}
	case "aged":
		return piece{text: fmt.Sprintf("aged %d", 6+r.IntN(12)), dis: "age"}
	case "yo":
		return piece{text: fmt.Sprintf("%d-year-old", 17+r.IntN(40)), dis: "age"}
	case "section":
		return piece{text: fmt.Sprintf("section %d", 1+r.IntN(60)), dis: "label"}
	case "article":
		return piece{text: b.pick([]string{"Article 3", "Article 8", "Article 5"}), dis: "label"}
	case "act":
		return piece{text: b.pick([]string{"Illegal Migration Act 2023", "Nationality and Borders Act 2022", "Immigration Act 1971"}), dis: "year"}
	case "covid":
		return piece{text: b.pick([]string{"COVID-19", "Covid-19"}), dis: "covid"}
	case "miles":
		return piece{text: fmt.Sprintf("%d miles", 20+r.IntN(3)), dis: "distance"}
	case "days":
		switch r.IntN(3) {
		case 0:
			return piece{text: "100 days", dis: "duration"}
		case 1:
			return piece{text: fmt.Sprintf("%d weeks", 2+r.IntN(10)), dis: "duration"}
		}
		return piece{text: b.pick([]string{"six months", "three months", "two years"}), dis: "duration"}
	case "phone":
		if b.chance(0.5) {
			return piece{text: fmt.Sprintf("020 7946 0%03d", r.IntN(1000)), dis: "phone"}
		}
		return piece{text: fmt.Sprintf("0808 157 0%03d", r.IntN(1000)), dis: "phone"}
	}
	panic("corpus: unknown slot {" + name + "}")
}

func slugify(s string) string {
	var out []byte
	dash := false
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			out = append(out, byte(c))
			dash = false
		case !dash && len(out) > 0:
			out = append(out, '-')
			dash = true
		}
		if len(out) >= 60 {
			break
		}
	}
	return string(bytes.TrimRight(out, "-"))
}
