package schemas

// Tables returns the current version of every table the pipeline writes, in
// the order the dataset documents them.
func Tables() []*Table { return []*Table{Observations, Sources, Checks} }

// Lookup returns the current version of the table called name, or nil.
func Lookup(name string) *Table {
	for _, t := range Tables() {
		if t.Name == name {
			return t
		}
	}
	return nil
}
