package main

// Embedded interfaces, interface-to-interface conversion, overlapping method
// sets, and struct embedding of an interface value.

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }
type RWC interface {
	ReadWriter
	Reader // overlapping embeds are allowed
	Closer
}

type File struct {
	data   string
	closed bool
}

func (f *File) Read() string { return f.data }
func (f *File) Write(s string) int {
	f.data += s
	return len(s)
}
func (f *File) Close() error {
	f.closed = true
	return nil
}

type Logger struct {
	Writer // embedded interface: promoted Write
	lines int
}

func (l *Logger) Log(s string) {
	l.lines++
	l.Write(s + "\n")
}

func main() {
	f := &File{}
	var rwc RWC = f
	rwc.Write("hello")
	var rw ReadWriter = rwc
	println("rw read:", rw.Read())
	var r Reader = rw
	println("r read:", r.Read())
	w := Writer(f)
	println("wrote:", w.Write(" world"))
	println("file:", f.data)
	if c, ok := r.(Closer); ok {
		println("close err nil:", c.Close() == nil, f.closed)
	}
	lg := &Logger{Writer: f}
	lg.Log("line1")
	lg.Log("line2")
	println("logger lines:", lg.lines, len(f.data))
	var rr RWC
	println("nil RWC:", rr == nil)
}
