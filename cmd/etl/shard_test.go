package main

import "testing"

func TestParseShard(t *testing.T) {
	for _, tc := range []struct {
		in            string
		shard, shards int
		ok            bool
	}{
		{"", 0, 0, true}, {"0/1", 0, 1, true}, {"3/8", 3, 8, true}, {" 2 / 4 ", 2, 4, true},
		{"8/8", 0, 0, false}, {"-1/4", 0, 0, false}, {"1/0", 0, 0, false}, {"1", 0, 0, false}, {"a/b", 0, 0, false},
	} {
		shard, shards, err := parseShard(tc.in)
		if (err == nil) != tc.ok || shard != tc.shard || shards != tc.shards {
			t.Errorf("parseShard(%q) = %d, %d, %v", tc.in, shard, shards, err)
		}
	}
	// usage errors exit 2
	for _, args := range [][]string{{"etl", "run", "--shard", "4/4"}, {"etl", "run", "--partition-by", "author"}} {
		if code := run(args, discard{}, discard{}); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"224MiB": 224 << 20, "1GiB": 1 << 30, "500MB": 500e6, "1024": 1024, "off": 0, "0": 0, " 2 KiB ": 2048, "1.5GiB": 3 << 29} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"lots", "-1MiB", "1TiB"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) succeeded", in)
		}
	}
}
