package load

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/arrow/csv"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/numtrail/numtrail/schemas"
)

func TestZZShow(t *testing.T) {
	mem := memory.NewGoAllocator()
	rec := buildRecord(t, mem, schemas.Observations.Arrow(), observationRows)
	dir := t.TempDir()
	writeTable(t, dir, schemas.Observations, rec)
	DumpParquet(os.Stdout, filepath.Join(dir, "observations.parquet"))
	b, _ := os.ReadFile(filepath.Join(dir, "observations.csv"))
	fmt.Printf("%s\n", b)
	rdr, _ := file.OpenParquetFile(filepath.Join(dir, "observations.parquet"), false)
	rg := rdr.MetaData().RowGroup(0)
	for c := 0; c < rg.NumColumns(); c++ {
		cc, _ := rg.ColumnChunk(c)
		fmt.Println(cc.PathInSchema(), cc.Encodings(), cc.HasDictionaryPage())
	}
	fi, _ := os.Stat(filepath.Join(dir, "observations.parquet"))
	fmt.Println("size", fi.Size(), rdr.MetaData().Version(), rdr.MetaData().GetCreatedBy())
	// arrow/csv defaults
	w := csv.NewWriter(os.Stdout, schemas.Observations.Arrow(), csv.WithHeader(false))
	w.Write(rec)
}
