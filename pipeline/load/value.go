package load

import (
	"strconv"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
)

// FormatValue returns value i of col as the CSV files write it: "" for null,
// floats in the shortest form that parses back exactly, dates YYYY-MM-DD,
// timestamps RFC 3339 in UTC, integers in decimal and strings as they are.
// A dictionary array is formatted through its dictionary; other types use
// Arrow's ValueStr. Readers of the files (etl inspect, etl validate) use it to
// compare Parquet values with CSV text.
func FormatValue(col arrow.Array, i int) string {
	if col.IsNull(i) {
		return ""
	}
	switch a := col.(type) {
	case *array.String:
		return a.Value(i)
	case *array.LargeString:
		return a.Value(i)
	case *array.Int64:
		return strconv.FormatInt(a.Value(i), 10)
	case *array.Float64:
		return formatFloat(a.Value(i))
	case *array.Date32:
		return formatDate(a.Value(i))
	case *array.Timestamp:
		return formatTimestamp(a.Value(i), a.DataType().(*arrow.TimestampType).Unit)
	case *array.Dictionary:
		return FormatValue(a.Dictionary(), a.GetValueIndex(i))
	}
	return col.ValueStr(i)
}
