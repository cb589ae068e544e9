package load

import (
	"bytes"
	"unsafe"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/bitutil"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

// dictColumn gathers the values of one dictionary-encoded string column of
// an open row group as a dictionary (the distinct values, in the order they
// first appear) and the index of each row's value in it, so that the column
// is written once, when its row group is closed, as an Arrow dictionary
// array: pqarrow then seeds the column's dictionary with it and writes the
// indices, instead of hashing every value through its memo table (which
// allocates for every value).
//
// The dictionary holds only values that occur in the row group, in order of
// first appearance, as pqarrow's own memo table would; consecutive rows
// often repeat a value (the rows of one document), and a value equal to the
// previous row's is found without a lookup.
type dictColumn struct {
	index   map[string]int32 // dictionary entry of each value
	values  []byte           // the dictionary's values, one after the other
	offsets []int32          // of each entry in values, and the end
	indices []int32          // of each row; 0 for a null
	valid   []byte           // validity bitmap of the rows
	nulls   int
	last    int32 // entry of the previous non-null row; -1 before one
}

func newDictColumn() *dictColumn {
	d := &dictColumn{}
	d.reset()
	return d
}

// reset empties d for the next row group, keeping its buffers.
func (d *dictColumn) reset() {
	d.index = map[string]int32{}
	d.values = d.values[:0]
	d.offsets = append(d.offsets[:0], 0)
	d.indices = d.indices[:0]
	d.valid = d.valid[:0]
	d.nulls = 0
	d.last = -1
}

// entry is the value of dictionary entry i.
func (d *dictColumn) entry(i int32) []byte { return d.values[d.offsets[i]:d.offsets[i+1]] }

// add appends the rows of col.
func (d *dictColumn) add(col *array.String) {
	n := col.Len()
	start := len(d.indices)
	d.indices = append(d.indices, make([]int32, n)...)
	if need := int(bitutil.BytesForBits(int64(start + n))); need > len(d.valid) {
		d.valid = append(d.valid, make([]byte, need-len(d.valid))...)
	}
	offs := col.ValueOffsets()
	data := col.ValueBytes()
	base := offs[0]
	hasNulls := col.NullN() > 0
	for k := range n {
		if hasNulls && col.IsNull(k) {
			d.nulls++
			continue
		}
		bitutil.SetBit(d.valid, start+k)
		v := data[offs[k]-base : offs[k+1]-base]
		if d.last >= 0 && bytes.Equal(v, d.entry(d.last)) {
			d.indices[start+k] = d.last
			continue
		}
		i, ok := d.index[string(v)] // no allocation for the lookup
		if !ok {
			i = int32(len(d.offsets) - 1)
			d.values = append(d.values, v...)
			d.offsets = append(d.offsets, int32(len(d.values)))
			d.index[string(v)] = i
		}
		d.indices[start+k] = i
		d.last = i
	}
}

// dictBytes is the size of the dictionary as a Parquet dictionary page
// holds it (plain encoding: a length and the bytes of each value).
func (d *dictColumn) dictBytes() int64 {
	return int64(len(d.values)) + 4*int64(len(d.offsets)-1)
}

// array returns the gathered rows as a dictionary array of int32 indices
// into a string dictionary. It shares d's buffers: use it before reset.
func (d *dictColumn) array() arrow.Array {
	n := len(d.indices)
	var validBuf *memory.Buffer
	if d.nulls > 0 {
		validBuf = memory.NewBufferBytes(d.valid[:bitutil.BytesForBits(int64(n))])
	}
	idx := array.NewData(arrow.PrimitiveTypes.Int32, n,
		[]*memory.Buffer{validBuf, memory.NewBufferBytes(int32Bytes(d.indices))}, nil, d.nulls, 0)
	defer idx.Release()
	dict := array.NewData(arrow.BinaryTypes.String, len(d.offsets)-1,
		[]*memory.Buffer{nil, memory.NewBufferBytes(int32Bytes(d.offsets)), memory.NewBufferBytes(d.values)}, nil, 0, 0)
	defer dict.Release()
	typ := &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}
	data := array.NewData(typ, n, idx.Buffers(), nil, d.nulls, 0)
	data.SetDictionary(dict)
	defer data.Release()
	return array.MakeFromData(data)
}

// dense returns the gathered rows as a string array (for a dictionary too
// large for a dictionary page, which pqarrow then encodes as it would
// have).
func (d *dictColumn) dense(mem memory.Allocator) arrow.Array {
	b := array.NewStringBuilder(mem)
	defer b.Release()
	b.Reserve(len(d.indices))
	for k, i := range d.indices {
		if d.nulls > 0 && !bitutil.BitIsSet(d.valid, k) {
			b.AppendNull()
			continue
		}
		b.BinaryBuilder.Append(d.entry(i))
	}
	return b.NewArray()
}

func int32Bytes(s []int32) []byte {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), 4*len(s))
}
