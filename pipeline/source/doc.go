// Package source is the first stage of the pipeline: it finds the raw
// documents under the raw root, hashes them, and reads each one with its
// sidecar into a [model.Document].
//
// # Layout
//
// A document is a file whose name ends in .txt (text/plain), .md
// (text/markdown) or .html (text/html). Its optional sidecar NAME.meta.json
// sits beside NAME.txt and holds the document's metadata (see [Sidecar]).
// [Scan] skips hidden files and folders (names starting with "."), and the
// folder official/ directly under the root, whose tables a later stage reads.
// Extensions are matched exactly (lower case).
//
// The text of an HTML document is its main text, as package htmltext takes it
// out of the page (without navigation, cookie banners, asides and footers, one
// block per line); quotes and offsets refer to that text. `etl fetch` stores a
// copy of it beside the page as NAME.extracted.text, which is not a document:
// Read warns when the copy differs from the text extracted now. When the
// sidecar gives the sha256 of the bytes fetched, the document must still have
// those bytes. When it gives the Content-Type the page was served with, a
// page that is not UTF-8 is decoded by its charset before its <meta charset>,
// as a browser and `etl fetch` decode it (see htmltext.DecodeAs).
//
// A symlink to a regular file inside the root is followed; a symlink that
// points outside the root, dangles or loops becomes an [Entry] with Err set.
// Symlinks to folders are not followed.
//
// # Two steps
//
// [Scan] walks the root and returns an [Entry] per document, in byte-wise
// order of the path under the root, with the SHA-256 of the document and of
// its sidecar. It streams each file through the hash and never holds a file
// in memory, so a caller can compute a content hash of the run's inputs
// before reading any text. [Read] then reads one document: it hashes the
// bytes again and rejects the document if they no longer match what Scan
// saw.
//
// # Errors
//
// Only a root that cannot be walked at all, or a cancelled context, makes
// Scan fail. Any problem with one document is kept with that document:
// Entry.Err from Scan, Document.Err from Read. Such errors name the file
// (its path under the root) and the problem, for example
//
//	articles/x.txt: invalid UTF-8 at byte 812
//	articles/x.meta.json: invalid sidecar: json: unknown field "foo"
//
// and match one of the sentinel errors ([ErrInvalidUTF8], [ErrSidecar], ...)
// with [errors.Is]. Problems that do not make the document unusable, such as
// a missing sidecar or a missing published date, are appended to
// Document.Warnings.
package source
