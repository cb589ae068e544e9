package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

// CalendarFile is the calendar of named periods under the raw root.
const CalendarFile = "calendar.json"

// ReadCalendar reads the named periods of root/calendar.json; no file means
// no named periods. It returns the file's bytes too, so that the run id can
// cover them.
func ReadCalendar(root string) ([]model.NamedPeriod, []byte, error) {
	b, err := os.ReadFile(filepath.Join(root, CalendarFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", CalendarFile, err)
	}
	ps, err := ParseCalendar(b)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", CalendarFile, err)
	}
	return ps, b, nil
}

// ParseCalendar parses a calendar of named periods.
func ParseCalendar(b []byte) ([]model.NamedPeriod, error) {
	var doc struct {
		About   string `json:"about"`
		Periods []struct {
			Name    string   `json:"name"`
			Start   string   `json:"start"`
			End     string   `json:"end"`
			Phrases []string `json:"phrases"`
		} `json:"periods"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	var out []model.NamedPeriod
	for i, p := range doc.Periods {
		np := model.NamedPeriod{Name: p.Name}
		start, err := time.Parse(time.DateOnly, p.Start)
		if err != nil {
			return nil, fmt.Errorf("periods[%d] %q: start %q: want YYYY-MM-DD", i, p.Name, p.Start)
		}
		np.Start = model.Date{Time: start}
		if p.End == "published" {
			np.EndPublished = true
		} else {
			end, err := time.Parse(time.DateOnly, p.End)
			if err != nil || end.Before(start) {
				return nil, fmt.Errorf("periods[%d] %q: end %q: want YYYY-MM-DD on or after start, or \"published\"", i, p.Name, p.End)
			}
			np.End = model.Date{Time: end}
		}
		if len(p.Phrases) == 0 {
			return nil, fmt.Errorf("periods[%d] %q: no phrases", i, p.Name)
		}
		for _, ph := range p.Phrases {
			np.Phrases = append(np.Phrases, strings.ToLower(strings.TrimSpace(ph)))
		}
		out = append(out, np)
	}
	return out, nil
}
