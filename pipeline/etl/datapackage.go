package etl

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"

	"github.com/numtrail/numtrail/schemas"
)

// DescriptorFile is the descriptor of a run that is not sharded; a shard's
// is named after it (see layout.descriptor).
const DescriptorFile = "datapackage.json"

type dpResource struct {
	Name      string              `json:"name"`
	Path      string              `json:"path"`
	Format    string              `json:"format"`
	MediaType string              `json:"mediatype"`
	Encoding  string              `json:"encoding,omitempty"`
	Bytes     int64               `json:"bytes"`
	Hash      string              `json:"hash"`
	Schema    schemas.TableSchema `json:"schema"`
	Numtrail  *dpPart             `json:"numtrail,omitempty"`
}

// dpPart says which table a part belongs to, and its partition.
type dpPart struct {
	Table     string `json:"table"`
	Partition string `json:"partition,omitempty"` // key=value
}

type dpLicense struct {
	Name  string `json:"name,omitempty"`
	Path  string `json:"path,omitempty"`
	Title string `json:"title"`
}

type dpSource struct {
	Title   string `json:"title"`
	Path    string `json:"path,omitempty"`
	Version string `json:"version,omitempty"`
}

// provenance is what the descriptor says about the inputs of the run.
type provenance struct {
	inputsSHA256 string
	licenses     map[string]bool
	releases     map[string]dpSource // official releases by path under raw
	publishers   map[string]int      // documents by publisher
	latest       time.Time           // the latest publication or capture time among the inputs
}

func newProvenance() *provenance {
	return &provenance{licenses: map[string]bool{}, releases: map[string]dpSource{}, publishers: map[string]int{}}
}

// add records a source read by the run.
func (p *provenance) add(doc *model.Document, table bool) {
	if doc.License != "" {
		p.licenses[doc.License] = true
	}
	for _, t := range []time.Time{doc.Published, doc.Retrieved} {
		if t.After(p.latest) {
			p.latest = t
		}
	}
	if table {
		src := dpSource{Title: doc.Title, Path: doc.URL}
		if !doc.Published.IsZero() {
			src.Version = doc.Published.UTC().Format(time.DateOnly)
		}
		if src.Title == "" {
			src.Title = doc.Path
		}
		p.releases[doc.Path] = src
		return
	}
	pub := doc.Publisher
	if pub == "" {
		pub = "unknown publisher"
	}
	p.publishers[pub]++
}

// writeDescriptor writes the run's descriptor (datapackage.json, or a
// shard's) describing files, the files of dir. It holds no wall-clock time:
// "created" is the latest time among the inputs, so the same inputs give
// the same bytes. Each file is a resource, the tables in schema order, then
// by path, Parquet before CSV; a part says its table and partition.
func writeDescriptor(dir string, lay layout, runID string, prov *provenance, files []outFile) error {
	order := map[*schemas.Table]int{}
	for i, t := range []*schemas.Table{schemas.Observations, schemas.Sources, schemas.Checks} {
		order[t] = i
	}
	files = slices.Clone(files)
	slices.SortStableFunc(files, func(a, b outFile) int {
		if c := order[a.table] - order[b.table]; c != 0 {
			return c
		}
		if c := strings.Compare(partBase(a), partBase(b)); c != 0 {
			return c
		}
		return boolInt(a.format == "csv") - boolInt(b.format == "csv")
	})
	resources := []dpResource{} // [], not null, for a shard without documents
	schemaOf := map[*schemas.Table]schemas.TableSchema{}
	for _, f := range files {
		schema, ok := schemaOf[f.table]
		if !ok {
			schema = f.table.Frictionless()
			schemaOf[f.table] = schema
		}
		res := dpResource{Name: f.table.Name + "-" + f.format, Path: f.path, Format: f.format, Bytes: f.bytes,
			Hash: "sha256:" + f.sha256, Schema: schema}
		switch f.format {
		case "parquet":
			res.MediaType = "application/vnd.apache.parquet"
		case "csv":
			res.MediaType, res.Encoding = "text/csv", "utf-8"
		}
		if lay.parts() {
			res.Name = resourceName(partBase(f)) + "-" + f.format
			res.Numtrail = &dpPart{Table: f.table.Name, Partition: f.partition}
		}
		resources = append(resources, res)
	}
	licenses := []dpLicense{{Name: "ODC-BY-1.0", Path: "https://opendatacommons.org/licenses/by/1-0/",
		Title: "Open Data Commons Attribution License 1.0 (the dataset as compiled; each source keeps its own licence)"}}
	for _, l := range slices.Sorted(maps.Keys(prov.licenses)) {
		licenses = append(licenses, dpLicense{Title: l})
	}
	var sources []dpSource
	for _, k := range slices.Sorted(maps.Keys(prov.releases)) {
		sources = append(sources, prov.releases[k])
	}
	for _, pub := range slices.Sorted(maps.Keys(prov.publishers)) {
		n := prov.publishers[pub]
		unit := "documents"
		if n == 1 {
			unit = "document"
		}
		sources = append(sources, dpSource{Title: fmt.Sprintf("%s (%d %s)", pub, n, unit)})
	}
	run := map[string]any{
		"run_id":           runID,
		"pipeline_version": Version,
		"inputs_sha256":    prov.inputsSHA256,
		"schema_versions": map[string]string{
			"observations": schemas.Observations.Version, "sources": schemas.Sources.Version, "checks": schemas.Checks.Version,
		},
	}
	if c := commit(); c != "" {
		run["commit"] = c
	}
	if lay.parts() {
		l := map[string]any{}
		if lay.partitionBy != "" {
			l["partition_by"] = lay.partitionBy
		}
		if lay.shards > 0 {
			l["shard"], l["shards"] = lay.shard, lay.shards
		}
		run["layout"] = l
	}
	desc := map[string]any{
		"$schema":      "https://datapackage.org/profiles/2.0/datapackage.json",
		"name":         "numtrail-uk-migration-statistics",
		"title":        "numtrail: UK migration statistics with provenance",
		"description":  "Every statistic stated in the source documents, one typed row each, with the document, the characters, the speaker, the place and the period it is about; figures from official tables; and checks of the reported figures against the official ones.",
		"version":      Version,
		"licenses":     licenses,
		"sources":      sources,
		"contributors": []map[string]any{{"title": "numtrail", "roles": []string{"creator"}, "path": "https://github.com/numtrail/numtrail"}},
		"keywords":     []string{"migration", "asylum", "small boats", "net migration", "United Kingdom", "official statistics", "fact checking", "provenance"},
		"resources":    resources,
		"numtrail":     run,
	}
	if !prov.latest.IsZero() {
		desc["created"] = prov.latest.UTC().Format(time.RFC3339)
	}
	b, err := json.MarshalIndent(desc, "", "  ")
	if err != nil {
		return err
	}
	return writeFileSync(filepath.Join(dir, lay.descriptor()), append(b, '\n'))
}

// partBase is the path of a file without extension, and for a CSV part
// without the csv/ folder: the same for a part's Parquet and CSV files.
func partBase(f outFile) string {
	return strings.TrimPrefix(strings.TrimSuffix(f.path, "."+f.format), csvDir+"/")
}

// resourceName makes a Frictionless resource name of a path: lower case
// letters, digits, '-', '_' and '.', every other character a '-'.
func resourceName(p string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return r - 'A' + 'a'
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '_', r == '.', r == '-':
			return r
		}
		return '-'
	}, p)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// commit is the VCS revision the program was built from, when the build
// recorded it.
func commit() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" {
			return s.Value
		}
	}
	return ""
}

func hashFile(path string) (int64, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, "", err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return 0, "", fmt.Errorf("%s: %w", path, err)
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}

func writeFileSync(path string, b []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
