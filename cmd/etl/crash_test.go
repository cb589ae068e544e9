//go:build unix

package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/numtrail/numtrail/pipeline/corpus"
	"github.com/numtrail/numtrail/pipeline/validate"
)

// These tests run the real etl binary, built into a temporary folder, over a
// generated corpus, and stop it from outside: with SIGINT and SIGTERM, which
// it handles, and with SIGKILL, which it cannot. `go test -short` skips them.

// buildEtl builds the etl command into dir.
func buildEtl(t *testing.T, dir string) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command to build etl with: %v", err)
	}
	bin := filepath.Join(dir, "etl")
	cmd := exec.Command(gobin, "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// crashCorpus is a raw folder in two versions, A and B, that differ in some
// documents (edited, removed, added) and in an official table.
type crashCorpus struct {
	raw    string
	a, b   map[string][]byte // path under raw → bytes, for the files that differ; nil bytes: absent
	wantDP map[string][]byte // "A", "B" → datapackage.json of a full run
}

func newCrashCorpus(t *testing.T, n int) *crashCorpus {
	t.Helper()
	c := &crashCorpus{raw: t.TempDir(), a: map[string][]byte{}, b: map[string][]byte{}, wantDP: map[string][]byte{}}
	if err := os.CopyFS(c.raw, os.DirFS("../../raw")); err != nil {
		t.Fatal(err)
	}
	g := corpus.New(3)
	if _, err := g.WriteRaw(c.raw, n); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i += 9 { // edited in B
		d := g.Doc(i)
		p := d.Name + ".txt"
		c.a[p] = []byte(d.Text)
		c.b[p] = []byte(d.Text + "\nOfficials said about 1,250 people crossed on Tuesday.\n")
	}
	for _, i := range []int{4, n - 2} { // removed in B
		d := g.Doc(i)
		c.a[d.Name+".txt"], c.a[d.Name+".meta.json"] = []byte(d.Text), d.Sidecar()
		c.b[d.Name+".txt"], c.b[d.Name+".meta.json"] = nil, nil
	}
	for i := n; i < n+3; i++ { // added in B
		d := g.Doc(i)
		c.a[d.Name+".txt"], c.a[d.Name+".meta.json"] = nil, nil
		c.b[d.Name+".txt"], c.b[d.Name+".meta.json"] = []byte(d.Text), d.Sidecar()
	}
	table := "official/homeoffice-small-boat-arrivals-annual.csv"
	orig, err := os.ReadFile(filepath.Join(c.raw, table))
	if err != nil {
		t.Fatal(err)
	}
	c.a[table], c.b[table] = orig, bytes.Replace(orig, []byte("45774"), []byte("45775"), 1)
	if bytes.Equal(c.a[table], c.b[table]) {
		t.Fatalf("%s: the revision changed nothing", table)
	}
	return c
}

// set lays out version v ("A" or "B") of the raw folder.
func (c *crashCorpus) set(t *testing.T, v string) {
	t.Helper()
	files := c.a
	if v == "B" {
		files = c.b
	}
	for p, b := range files {
		full := filepath.Join(c.raw, filepath.FromSlash(p))
		if b == nil {
			if err := os.Remove(full); err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			continue
		}
		if err := os.WriteFile(full, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// version says which version's dataset out holds: "A", "B", or "" for
// neither.
func (c *crashCorpus) version(t *testing.T, out string) string {
	t.Helper()
	got, err := os.ReadFile(filepath.Join(out, "datapackage.json"))
	if err != nil {
		t.Fatalf("read the published descriptor: %v", err)
	}
	for v, want := range c.wantDP {
		if bytes.Equal(got, want) {
			return v
		}
	}
	return ""
}

// validOut fails the test unless etl validate finds no problem in out.
func validOut(t *testing.T, out, raw string) {
	t.Helper()
	rep, err := validate.Dataset(context.Background(), validate.Config{Out: out, Raw: raw})
	if err != nil {
		t.Fatalf("validate %s: %v", out, err)
	}
	if rep.Count() > 0 {
		var b bytes.Buffer
		rep.Print(&b)
		t.Fatalf("validate %s: %d problems:\n%s", out, rep.Count(), b.String())
	}
}

// etlRun runs etl run to the end and returns its exit code and stderr.
func etlRun(t *testing.T, bin string, args ...string) (int, string) {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(bin, append([]string{"run"}, args...)...)
	cmd.Stderr = &stderr
	err := cmd.Run()
	if err != nil && cmd.ProcessState == nil {
		t.Fatal(err)
	}
	return cmd.ProcessState.ExitCode(), stderr.String()
}

func TestStoppedRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("builds etl and runs it many times")
	}
	bin := buildEtl(t, t.TempDir())
	c := newCrashCorpus(t, 300)
	for _, v := range []string{"A", "B"} {
		c.set(t, v)
		ref := filepath.Join(t.TempDir(), "out")
		if code, stderr := etlRun(t, bin, "--raw", c.raw, "--out", ref); code != exitOK {
			t.Fatalf("full run on %s: exit %d\n%s", v, code, stderr)
		}
		validOut(t, ref, c.raw)
		dp, err := os.ReadFile(filepath.Join(ref, "datapackage.json"))
		if err != nil {
			t.Fatal(err)
		}
		c.wantDP[v] = dp
	}
	if bytes.Equal(c.wantDP["A"], c.wantDP["B"]) {
		t.Fatal("versions A and B give the same dataset")
	}
	t.Run("signals", func(t *testing.T) { testSignals(t, bin, c) })
	t.Run("SIGKILL", func(t *testing.T) { testKilled(t, bin, c) })
}

// SIGINT and SIGTERM stop a run cleanly: exit 130 or 143, nothing
// published, no staging folder left, and the lock released.
func testSignals(t *testing.T, bin string, c *crashCorpus) {
	out := filepath.Join(t.TempDir(), "out")
	c.set(t, "A")
	if code, stderr := etlRun(t, bin, "--raw", c.raw, "--out", out); code != exitOK {
		t.Fatalf("first run: exit %d\n%s", code, stderr)
	}
	c.set(t, "B")
	for _, s := range []struct {
		sig  syscall.Signal
		code int
		name string
	}{{syscall.SIGINT, 130, "SIGINT"}, {syscall.SIGTERM, 143, "SIGTERM"}} {
		var stderr syncBuffer // read while the command writes it
		cmd := exec.Command(bin, "run", "--raw", c.raw, "--out", out, "--force", "--log-format", "json")
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// signal it once it has written its first document
		deadline := time.Now().Add(10 * time.Second)
		for !strings.Contains(stderr.String(), `"msg":"document processed"`) && time.Now().Before(deadline) {
			time.Sleep(2 * time.Millisecond)
		}
		if err := cmd.Process.Signal(s.sig); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		if got := cmd.ProcessState.ExitCode(); got != s.code {
			t.Fatalf("%s: exit %d, want %d\n%s", s.name, got, s.code, stderr.String())
		}
		if !strings.Contains(stderr.String(), "etl: stopped by "+s.name+"; nothing was published") ||
			!strings.Contains(stderr.String(), `"msg":"run failed"`) {
			t.Errorf("%s: stderr does not say what happened:\n%s", s.name, tail(stderr.String(), 600))
		}
		if v := c.version(t, out); v != "A" {
			t.Fatalf("%s: out holds %q, want the dataset from before, A", s.name, v)
		}
		validOut(t, out, "")
		if staging, _ := filepath.Glob(filepath.Join(out, "runs", ".staging-*")); len(staging) > 0 {
			t.Errorf("%s: staging folders left: %v", s.name, staging)
		}
	}
	// the lock is free: the next run goes through
	if code, stderr := etlRun(t, bin, "--raw", c.raw, "--out", out); code != exitOK || c.version(t, out) != "B" {
		t.Fatalf("run after the signals: exit %d, out holds %q\n%s", code, c.version(t, out), stderr)
	}
}

// A run SIGKILLed at any moment leaves a dataset that validates and is
// whole: the one before the run or the one after it. The runs killed are
// incremental and full ones, each going from the version out holds to the
// other, killed at moments spread over the length of such a run.
func testKilled(t *testing.T, bin string, c *crashCorpus) {
	out := filepath.Join(t.TempDir(), "out")
	c.set(t, "A")
	if code, stderr := etlRun(t, bin, "--raw", c.raw, "--out", out); code != exitOK {
		t.Fatalf("first run: exit %d\n%s", code, stderr)
	}
	// how long a run takes, incremental and forced, from A to B and back
	length := map[bool]time.Duration{}
	for _, force := range []bool{false, true} {
		for _, v := range []string{"B", "A"} {
			c.set(t, v)
			args := []string{"--raw", c.raw, "--out", out}
			if force {
				args = append(args, "--force")
			}
			began := time.Now()
			if code, stderr := etlRun(t, bin, args...); code != exitOK {
				t.Fatalf("timed run: exit %d\n%s", code, stderr)
			}
			length[force] = max(length[force], time.Since(began))
		}
	}
	t.Logf("run lengths: incremental %s, forced %s", length[false].Round(time.Millisecond), length[true].Round(time.Millisecond))

	const kills = 24
	outcome := map[string]int{}
	for i := range kills {
		from := c.version(t, out)
		to := map[string]string{"A": "B", "B": "A"}[from]
		c.set(t, to)
		force := i%2 == 1
		args := []string{"run", "--raw", c.raw, "--out", out, "--log-format", "json"}
		if force {
			args = append(args, "--force")
		}
		// moments spread evenly over the run and a little past its end
		delay := time.Duration(float64(length[force]) * 1.1 * float64(i/2) / float64(kills/2-1))
		cmd := exec.Command(bin, args...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()

		got := c.version(t, out)
		if got != from && got != to {
			t.Fatalf("kill %d after %s (force %t): out holds neither the dataset before (%s) nor after (%s)",
				i, delay.Round(time.Millisecond), force, from, to)
		}
		validOut(t, out, "")
		switch {
		case got == from:
			outcome["before"]++
		default:
			outcome["after"]++
		}
	}
	t.Logf("after %d kills: the dataset from before %d times, from after %d times", kills, outcome["before"], outcome["after"])
	if outcome["before"] == 0 {
		t.Error("no kill landed before the publish: the moments are not spread over the run")
	}

	// what the kills left behind (a lock file, staging folders, temporary
	// cache files) stops no run, and the result is exactly a full run's
	for _, v := range []string{"A", "B"} {
		c.set(t, v)
		code, stderr := etlRun(t, bin, "--raw", c.raw, "--out", out)
		if code != exitOK {
			t.Fatalf("run after the kills: exit %d\n%s", code, stderr)
		}
		if got := c.version(t, out); got != v {
			t.Fatalf("run after the kills on %s: out holds %q", v, got)
		}
		validOut(t, out, c.raw)
	}
	if tmp, _ := filepath.Glob(filepath.Join(out, "cache", ".tmp-*")); len(tmp) > 0 {
		t.Errorf("temporary cache files left after a successful run: %v", tmp)
	}
}

// syncBuffer is a bytes.Buffer that one goroutine may write while another
// reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return fmt.Sprintf("…%s", s[len(s)-n:])
}

// A run into a folder another process holds exits at once with code 4,
// naming the holder, and changes nothing.
func TestLockedExitCode(t *testing.T) {
	raw := t.TempDir()
	if err := os.MkdirAll(filepath.Join(raw, "articles"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(raw, "articles", "a.txt"), []byte("More than 1,100 migrants crossed the Channel."), 0o644)
	out := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"etl", "run", "--raw", raw, "--out", out}, &stdout, &stderr); code != exitOK {
		t.Fatalf("first run: exit %d\n%s", code, stderr.String())
	}
	f, err := os.OpenFile(filepath.Join(out, ".lock"), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	f.Truncate(0)
	fmt.Fprintf(f, "pid 4242, started 2031-01-01T00:00:00Z\n")
	before, _ := os.ReadFile(filepath.Join(out, "state.json"))
	stderr.Reset()
	if code := run([]string{"etl", "run", "--raw", raw, "--out", out, "--force"}, &stdout, &stderr); code != exitLocked {
		t.Fatalf("exit %d, want %d\n%s", code, exitLocked, stderr.String())
	}
	if !strings.Contains(stderr.String(), "is in use by pid 4242, started 2031-01-01T00:00:00Z") {
		t.Errorf("the message does not name the holder:\n%s", stderr.String())
	}
	if after, _ := os.ReadFile(filepath.Join(out, "state.json")); !bytes.Equal(before, after) {
		t.Error("the locked-out run changed state.json")
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	stderr.Reset()
	if code := run([]string{"etl", "run", "--raw", raw, "--out", out}, &stdout, &stderr); code != exitOK {
		t.Fatalf("after the lock was released: exit %d\n%s", code, stderr.String())
	}
}
