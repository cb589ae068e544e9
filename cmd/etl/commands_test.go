package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/numtrail/numtrail/schemas"
)

// readmePath is the repository's README, whose generated sections the
// schema command must reproduce.
var readmePath = func() string {
	p, err := filepath.Abs(filepath.Join("..", "..", "README.md"))
	if err != nil {
		panic(err)
	}
	return p
}()

// readmeSection is the testscript command `readme-section NAME`: it prints
// the README's text between <!-- NAME:start ... --> and <!-- NAME:end -->.
func readmeSection(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: readme-section NAME")
	}
	b, err := os.ReadFile(readmePath)
	ts.Check(err)
	re := regexp.MustCompile(`(?s)<!-- ` + regexp.QuoteMeta(args[0]) + `:start[^>]*-->\n(.*?)<!-- ` + regexp.QuoteMeta(args[0]) + `:end -->`)
	m := re.FindSubmatch(b)
	if neg != (m == nil) {
		ts.Fatalf("README.md section %s: found %t", args[0], m != nil)
	}
	if m != nil {
		ts.Stdout().Write(m[1])
	}
}

// replaceInFile is the testscript command `replace FILE OLD NEW`: it
// replaces the first OLD in FILE with NEW, and fails if FILE has no OLD.
func replaceInFile(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 || neg {
		ts.Fatalf("usage: replace FILE OLD NEW")
	}
	p := ts.MkAbs(args[0])
	b, err := os.ReadFile(p)
	ts.Check(err)
	if !bytes.Contains(b, []byte(args[1])) {
		ts.Fatalf("%s has no %q", args[0], args[1])
	}
	ts.Check(os.WriteFile(p, bytes.Replace(b, []byte(args[1]), []byte(args[2]), 1), 0o644))
}

func runEtl(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(append([]string{"etl"}, args...), &o, &e)
	return code, o.String(), e.String()
}

func TestSchemaCommand(t *testing.T) {
	for _, tb := range schemas.Tables() {
		code, out, errs := runEtl(t, "schema", "--table", tb.Name)
		if code != exitOK || out != tb.Markdown() {
			t.Errorf("schema --table %s: exit %d, stderr %q, output:\n%s", tb.Name, code, errs, out)
		}
		code, out, _ = runEtl(t, "schema", "--format", "json", "--table", tb.Name)
		var got schemas.TableSchema
		if err := json.Unmarshal([]byte(out), &got); err != nil || code != exitOK {
			t.Fatalf("schema --format json --table %s: exit %d, %v:\n%s", tb.Name, code, err, out)
		}
		want, _ := json.Marshal(tb.Frictionless())
		if again, _ := json.Marshal(got); string(again) != string(want) {
			t.Errorf("schema --format json --table %s:\n%s\nwant:\n%s", tb.Name, again, want)
		}
	}

	code, out, _ := runEtl(t, "schema", "--format", "json")
	var all map[string]schemas.TableSchema
	if err := json.Unmarshal([]byte(out), &all); err != nil || code != exitOK || len(all) != len(schemas.Tables()) {
		t.Fatalf("schema --format json: exit %d, %v, %d tables:\n%s", code, err, len(all), out)
	}
	if i, j, k := strings.Index(out, `"observations"`), strings.Index(out, `"sources"`), strings.Index(out, `"checks"`); !(i < j && j < k) {
		t.Errorf("tables not in order:\n%s", out)
	}
	code, out, _ = runEtl(t, "schema")
	for _, tb := range schemas.Tables() {
		if !strings.Contains(out, "## "+tb.Name+" (v"+tb.Version+")\n\n"+tb.Description+"\n\n"+tb.Markdown()) {
			t.Errorf("schema lacks table %s:\n%s", tb.Name, out)
		}
	}
	if code != exitOK {
		t.Errorf("schema: exit %d", code)
	}
}

// Exit codes of the commands that check and show the dataset.
func TestCheckCommandsExitCodes(t *testing.T) {
	raw := t.TempDir()
	if err := os.MkdirAll(filepath.Join(raw, "articles"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(raw, "articles", "ok.txt"), []byte("More than 1,100 migrants have crossed the Channel this month."), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	if code, _, errs := runEtl(t, "run", "--raw", raw, "--out", out); code != exitOK {
		t.Fatalf("run: exit %d\n%s", code, errs)
	}
	for _, c := range []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"schema bad format", []string{"schema", "--format", "yaml"}, exitUsage, "", "--format"},
		{"schema bad table", []string{"schema", "--table", "nope"}, exitUsage, "", "observations, sources, checks"},
		{"schema argument", []string{"schema", "observations"}, exitUsage, "", "--table"},
		{"inspect without file", []string{"inspect"}, exitUsage, "", "FILE"},
		{"inspect negative rows", []string{"inspect", "--rows", "-1", "x.csv"}, exitUsage, "", "--rows"},
		{"inspect missing", []string{"inspect", filepath.Join(out, "nope.parquet")}, exitFailed, "", "nope.parquet: no such file"},
		{"inspect unsupported", []string{"inspect", filepath.Join(out, "datapackage.json")}, exitFailed, "", `unsupported file type ".json"`},
		{"inspect parquet", []string{"inspect", filepath.Join(out, "observations.parquet")}, exitOK, "rows: 1\n", ""},
		{"inspect unknown column", []string{"inspect", "--columns", "quote,nope", filepath.Join(out, "observations.csv")}, exitUsage, "", `--columns: inspect ` + filepath.Join(out, "observations.csv") + `: no column "nope" (it has observation_id, measure,`},
		{"validate clean", []string{"validate", "--out", out, "--raw", raw}, exitOK, "no problems", ""},
		{"validate without raw", []string{"validate", "--out", out, "--raw", filepath.Join(raw, "nope")}, exitFailed, "", "raw folder"},
		{"validate missing out", []string{"validate", "--out", filepath.Join(out, "nope")}, exitFailed, "", "nope"},
		{"validate argument", []string{"validate", out}, exitUsage, "", "--out"},
		{"run max-doc-bytes zero", []string{"run", "--raw", raw, "--out", out, "--max-doc-bytes", "0"}, exitUsage, "", "--max-doc-bytes must be from 1 to 1073741824"},
		{"run max-figures zero", []string{"run", "--raw", raw, "--out", out, "--max-figures", "0"}, exitUsage, "", "--max-figures must be at least 1"},
		{"run max-doc-bytes over 1 GiB", []string{"run", "--raw", raw, "--out", out, "--max-doc-bytes", "1073741825"}, exitUsage, "", "--max-doc-bytes must be from 1 to 1073741824"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runEtl(t, c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stdout:\n%s\nstderr:\n%s", code, c.code, stdout, stderr)
			}
			if !strings.Contains(stdout, c.stdout) || !strings.Contains(stderr, c.stderr) {
				t.Errorf("stdout %q, stderr %q; want %q and %q", stdout, stderr, c.stdout, c.stderr)
			}
		})
	}

	// The default raw folder is optional: without it the quotes are not checked.
	t.Chdir(t.TempDir())
	code, stdout, _ := runEtl(t, "validate", "--out", out)
	if code != exitOK || !strings.Contains(stdout, "quotes not checked") {
		t.Errorf("validate without ./raw: exit %d\n%s", code, stdout)
	}

	// A problem is exit code 1, and named on stdout.
	if err := os.WriteFile(filepath.Join(out, "checks.csv"), []byte("check_id\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runEtl(t, "validate", "--out", out, "--raw", raw)
	if code != exitFailed || !strings.Contains(stdout, "checks.csv: ") || !strings.Contains(stderr, "the dataset has problems") {
		t.Errorf("validate a tampered dataset: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}
