package main

import (
	"bytes"
	"io"
)

func show(name string, bs [][]byte) {
	print(name, " ", len(bs), ":")
	for _, b := range bs {
		print(" [", string(b), "]")
	}
	println()
}

func main() {
	var b bytes.Buffer
	b.WriteString("hello, ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	b.WriteRune('é')
	b.WriteRune('\n')
	println(b.String(), b.Len())
	line, err := b.ReadString(',')
	println(line, err == nil, b.Len())
	c, _ := b.ReadByte()
	println(c)
	p := make([]byte, 4)
	n, _ := b.Read(p)
	println(n, string(p[:n]))
	b.Truncate(2)
	println(b.String())
	b.Reset()
	n, err = b.Read(p)
	println(n, err == io.EOF, b.String() == "")
	b.Grow(100)
	println(b.Len())
	nb := bytes.NewBufferString("x\ny\nz")
	for {
		s, err := nb.ReadString('\n')
		print("[", s, "]")
		if err != nil {
			println(err.Error())
			break
		}
	}
	var nilb *bytes.Buffer
	println(nilb.String(), bytes.MinRead, bytes.ErrTooLarge.Error())

	x := []byte("  a,b,,c d\tef  ")
	println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil))
	println(bytes.Contains(x, []byte("b,,")), bytes.Index(x, []byte(",")), bytes.LastIndex(x, []byte(",")), bytes.IndexByte(x, 'd'), bytes.IndexRune([]byte("aé"), 'é'))
	println(bytes.HasPrefix(x, []byte("  a")), bytes.HasSuffix(x, []byte("f")), bytes.Count(x, []byte(",")), bytes.Count([]byte("aé"), nil))
	show("split", bytes.Split(x, []byte(",")))
	show("splitn", bytes.SplitN(x, []byte(","), 2))
	show("splitafter", bytes.SplitAfter(x, []byte(",")))
	show("split0", bytes.Split([]byte("abc"), nil))
	show("fields", bytes.Fields(x))
	println(string(bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte("--"))), len(bytes.Join(nil, []byte("x"))))
	println(string(bytes.Repeat([]byte("ab"), 3)))
	println(string(bytes.Replace([]byte("aaaa"), []byte("a"), []byte("bc"), 2)), string(bytes.ReplaceAll([]byte("abab"), []byte("b"), []byte(""))), string(bytes.ReplaceAll([]byte("ab"), nil, []byte("-"))))
	println(string(bytes.ToUpper([]byte("héllo"))), string(bytes.ToLower([]byte("HÉLLO"))))
	println("["+string(bytes.TrimSpace(x))+"]", bytes.TrimSpace([]byte("   ")) == nil, "["+string(bytes.Trim([]byte("xxhixx"), "x"))+"]", string(bytes.TrimLeft([]byte("xxhixx"), "x")), string(bytes.TrimRight([]byte("xxhixx"), "x")))
	println(string(bytes.TrimPrefix([]byte("prefix"), []byte("pre"))), string(bytes.TrimSuffix([]byte("prefix"), []byte("fix"))), bytes.EqualFold([]byte("Go"), []byte("GO")))
	bf, af, ok := bytes.Cut([]byte("k=v"), []byte("="))
	println(string(bf), string(af), ok)

	r := bytes.NewReader([]byte("héllo"))
	println(r.Len(), r.Size())
	ch, sz, _ := r.ReadRune()
	println(ch, sz)
	ch, sz, _ = r.ReadRune()
	println(ch, sz, r.Len())
	r.UnreadRune()
	rest, _ := io.ReadAll(r)
	println(string(rest))
	r.Seek(1, io.SeekStart)
	bb, _ := r.ReadByte()
	println(bb)
	var out bytes.Buffer
	r.WriteTo(&out)
	println(out.String())
	var bb2 bytes.Buffer
	bb2.ReadFrom(bytes.NewReader(bytes.Repeat([]byte("z"), 1000)))
	println(bb2.Len())
	defer func() { println("recovered:", recover().(string)) }()
	bb2.Truncate(5000)
}
