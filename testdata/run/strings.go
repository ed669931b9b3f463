// strings: println/print of strings, concatenation with + and +=, len,
// comparisons (== != < <= > >=), strings with escapes.
package main

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func main() {
	s := "hello"
	t := "world"
	u := s + ", " + t + "!"
	println(u)
	println(len(u), len(""), len("héllo"))
	print("no", "spaces", "\n")
	print(s, " ", t, "\n")
	println(s == "hello", s != t, s == t)
	println("a" < "b", "ab" < "a", "abc" < "abd", "" < "a")
	println("b" > "a", "b" >= "b", "a" <= "A", s > t)
	println(repeat("ab", 5), len(repeat("xyz", 100)))
	println("tab\there", "quote\"", "back\\slash")
	var e string
	println(e == "", len(e)+1)
	x := "con"
	x += "cat"
	x += "enated"
	println(x)
}
