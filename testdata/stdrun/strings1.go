package main

import "strings"

func list(xs []string) {
	print(len(xs), " [")
	for i, x := range xs {
		if i > 0 {
			print(" ")
		}
		print("\"", x, "\"")
	}
	println("]")
}

func main() {
	s := "  Hello, World! Hello, Gophers!  "
	println(strings.Contains(s, "World"), strings.Contains(s, "world"), strings.ContainsAny(s, "xyz!"), strings.ContainsRune(s, 'G'))
	println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.IndexByte(s, 'W'), strings.LastIndexByte(s, 'o'))
	println(strings.IndexRune("chicken", 'k'), strings.IndexRune("日本語", '語'), strings.IndexAny("golang", "ny"), strings.Index("abc", ""))
	println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	println("["+strings.TrimSpace(s)+"]", "["+strings.Trim("xxhixyx", "xy")+"]", "["+strings.TrimLeft("xxhix", "x")+"]", "["+strings.TrimRight("xxhix", "x")+"]")
	println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"), strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.HasPrefix("go", "golang"))
	list(strings.Split("a,b,c", ","))
	list(strings.Split("a man a plan a canal panama", "a "))
	list(strings.Split(" xyz ", ""))
	list(strings.Split("", "Bernardo O'Higgins"))
	list(strings.SplitN("a,b,c,d", ",", 2))
	list(strings.SplitAfter("a,b,c", ","))
	list(strings.Fields("  foo bar\tbaz \n qux  "))
	list(strings.FieldsFunc("a1b2c3", func(r rune) bool { return r >= '0' && r <= '9' }))
	println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.ReplaceAll("abc", "", "-"))
	println(strings.ToUpper("Hello, ßtraße ñ"), strings.ToLower("HELLO ΩMEGA"), strings.ToTitle("loud"))
	println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("σς", "ΣΣ"), strings.EqualFold("k", "\u212a"))
	println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banana xbox"))
	before, after, found := strings.Cut("key=value=x", "=")
	println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	println(before, after == "", found)

	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString("item")
		b.WriteByte(byte('0' + i))
		b.WriteRune('→')
	}
	b.Write([]byte("end"))
	println(b.String(), b.Len())
	b.Reset()
	println(b.Len(), b.String() == "")

	r := strings.NewReader("añb")
	println(r.Len(), r.Size())
	c, err := r.ReadByte()
	println(c, err == nil)
	ch, size, _ := r.ReadRune()
	println(ch, size, r.Len())
	println(r.UnreadRune() == nil, r.Len())
	buf := make([]byte, 10)
	n, err := r.Read(buf)
	println(n, string(buf[:n]), err == nil)
	n, err = r.Read(buf)
	println(n, err.Error())
	println(r.UnreadRune().Error())

	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	println(rep.Replace("<a href=\"x&y\">"))
	rep2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	println(rep2.Replace("aaaa"))
	rep3 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	println(rep3.Replace("aaaa"))
}
