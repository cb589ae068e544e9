package main

import (
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows a progress bar of the documents of a run on stderr, when
// stderr is a terminal and the run has lasted long enough to need one. It is
// also the writer of the log, so that a log line never lands in the middle
// of the bar: the bar is cleared, the line written, and the bar drawn again
// below it. When stderr is not a terminal (cron, a pipe, a file, tests) it
// only passes the log through.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	on    bool      // stderr is a terminal
	start time.Time // of the run
	after time.Duration
	bar   *progressbar.ProgressBar // nil until shown, and after done
	drawn time.Time
}

// progressAfter is how long a run goes before it shows a progress bar.
const progressAfter = 2 * time.Second

func newProgress(stderr io.Writer) *progress {
	f, ok := stderr.(*os.File)
	return &progress{w: stderr, on: ok && term.IsTerminal(int(f.Fd())), start: time.Now(), after: progressAfter}
}

// update is etl.Config.Progress.
func (p *progress) update(done, total int) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if p.bar == nil {
		if now.Sub(p.start) < p.after || done >= total {
			return
		}
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription("documents"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(),
		)
	} else if now.Sub(p.drawn) < 100*time.Millisecond && done < total {
		return // at most ten frames a second
	}
	p.drawn = now
	p.bar.Set(done)
	if done >= total {
		p.bar = nil // finished: the bar cleared itself
	}
}

// Write writes a log line above the bar.
func (p *progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Clear()
	}
	n, err := p.w.Write(b)
	if p.bar != nil {
		p.bar.RenderBlank()
	}
	return n, err
}

// done removes the bar, if it is shown.
func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Clear()
		p.bar = nil
	}
}
