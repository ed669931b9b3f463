package main

// Strings: indexing yields bytes, slicing, concatenation, comparison,
// immutability via copies, len of multibyte text.

func main() {
	s := "Hello, 世界!"
	println("len:", len(s), "s[0]:", s[0], "s[7]:", s[7], "last:", s[len(s)-1])
	println("slices:", s[:5], "|", s[7:], "|", s[7:10], "|", s[:0], "|")
	t := s[0:5] + " there" + s[5:]
	println("concat:", t)
	u := ""
	for i := 0; i < 5; i++ {
		u += string(rune('a' + i))
	}
	println("built:", u, len(u))
	words := []string{"apple", "Apple", "banana", "app", "", "apples", "b"}
	for i := 0; i < len(words); i++ {
		for j := 0; j < len(words); j++ {
			if words[i] < words[j] {
				print("<")
			} else if words[i] == words[j] {
				print("=")
			} else {
				print(">")
			}
		}
		println(" ", words[i])
	}
	a := "abc"
	b := "ab"
	b += "c"
	println("equal built:", a == b, a != b, a <= b, a >= b)
	println("prefix compare:", "ab" < "abc", "abc" > "abd", "\xff" > "z")
	var empty string
	println("empty:", empty == "", len(empty))
	multi := `raw\n
string`
	println("raw:", multi, len(multi))
	h := uint32(0)
	for i := 0; i < len(s); i++ {
		h = h*31 + uint32(s[i])
	}
	println("hash:", h)
	sub := s[7:]
	println("substr of substr:", sub[3:6], len(sub))
}
