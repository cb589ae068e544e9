package schemas

import (
	"fmt"
	"strings"
)

// Markdown renders the table's data dictionary as a Markdown table: the
// README's column list is this output, and a test keeps the two equal.
func (t *Table) Markdown() string {
	var b strings.Builder
	b.WriteString("| column | type | unit | description |\n|---|---|---|---|\n")
	for _, f := range t.Fields {
		typ := f.Type
		if f.Type == "timestamp" {
			typ = "timestamp[us, UTC]"
		}
		if f.Dictionary {
			typ += " (dictionary-encoded)"
		}
		desc := f.Description
		if len(f.Enum) > 0 && len(f.Enum) <= 10 {
			desc += " One of: " + strings.Join(f.Enum, ", ") + "."
		}
		if f.Required {
			desc += " Never null."
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", f.Name, typ, f.Unit, strings.ReplaceAll(desc, "|", "\\|"))
	}
	return b.String()
}
