package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/numtrail/numtrail/pipeline/load"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"etl": func() { os.Exit(run(os.Args, os.Stdout, os.Stderr)) },
	})
}

// The scripts in testdata/script run the real binary end to end. ETL_UPDATE=1
// rewrites the expected files in them.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: os.Getenv("ETL_UPDATE") == "1",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// readme-section NAME: print the README's generated section NAME
			"readme-section": readmeSection,
			// replace FILE OLD NEW: replace the first OLD in FILE with NEW
			"replace": replaceInFile,
			// parquet-dump FILE: print a Parquet file as comparable text
			"parquet-dump": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 {
					ts.Fatalf("usage: parquet-dump FILE")
				}
				err := load.DumpParquet(ts.Stdout(), ts.MkAbs(args[0]))
				if neg != (err != nil) {
					ts.Fatalf("parquet-dump %s: %v", args[0], err)
				}
			},
		},
	})
}

// Exit codes are part of the interface: cron jobs act on them.
func TestExitCodes(t *testing.T) {
	raw := t.TempDir()
	write := func(p, s string) {
		full := filepath.Join(raw, p)
		os.MkdirAll(filepath.Dir(full), 0o755)
		if err := os.WriteFile(full, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("articles/ok.txt", "More than 1,100 migrants have crossed the Channel this month.")
	out := filepath.Join(t.TempDir(), "out")
	for _, c := range []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"success", []string{"etl", "run", "--raw", raw, "--out", out}, exitOK, ""},
		{"unknown flag", []string{"etl", "run", "--no-such-flag"}, exitUsage, "no-such-flag"},
		{"stray argument", []string{"etl", "run", "--raw", raw, "extra"}, exitUsage, "no arguments"},
		{"bad log format", []string{"etl", "run", "--raw", raw, "--out", out, "--log-format", "xml"}, exitUsage, "--log-format"},
		{"missing raw", []string{"etl", "run", "--raw", filepath.Join(raw, "nope"), "--out", out}, exitFailed, "nope"},
		{"extract without file", []string{"etl", "extract"}, exitUsage, "FILE"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if got := run(c.args, &stdout, &stderr); got != c.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", got, c.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), c.err) {
				t.Errorf("stderr %q does not mention %q", stderr.String(), c.err)
			}
		})
	}
	write("articles/bad.txt", "")
	var stdout, stderr bytes.Buffer
	if got := run([]string{"etl", "run", "--raw", raw, "--out", out}, &stdout, &stderr); got != exitRejected {
		t.Fatalf("exit %d with a rejected document, want %d; stderr:\n%s", got, exitRejected, stderr.String())
	}
	if !strings.Contains(stderr.String(), "articles/bad.txt") {
		t.Errorf("the log does not name the rejected file:\n%s", stderr.String())
	}
}
