package main

// Conversions string <-> []byte, string <-> []rune, int/rune -> string,
// byte and rune values.

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	println("len s:", len(s), "len b:", len(b))
	for i := 0; i < len(b); i++ {
		print(b[i], " ")
	}
	println()
	r := []rune(s)
	println("len runes:", len(r))
	for _, c := range r {
		print(c, " ")
	}
	println()
	b[0] = 'H'
	println("modified copy:", string(b), "orig:", s)
	r[1] = 'e'
	println("from runes:", string(r))
	println("rune->string:", string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	var by byte = 'z'
	println("byte:", by, string(by), string(rune(by)))
	var ru rune = '界'
	println("rune:", ru, string(ru))
	println("empty:", len(string([]byte{})), len([]rune("")))
	bad := string([]byte{0xff, 'a', 0xc3})
	rr := []rune(bad)
	println("invalid utf8 runes:", len(rr), rr[0], rr[1], rr[2])
	println("back:", len(string(rr)))
	println("surrogate:", string(rune(0xD800)) == "\uFFFD")
	x := 'a'
	x += 2
	println("rune math:", x, string(x))
	println("escapes:", "\x41\u00e9\U0001F600", len("\U0001F600"))
	println("compare bytes-string:", string(b[:5]) == "Héllo"[:5])
}
