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
