package main

// String building: repeated concatenation, []byte appends, conversions back
// and forth; a checksum over the bytes.

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func main() {
	s := ""
	for i := 0; i < 5000; i++ {
		s += itoa(i) + ","
	}
	h := uint32(0)
	for i := 0; i < len(s); i++ {
		h = h*16777619 ^ uint32(s[i])
	}
	println("concat len:", len(s), "hash:", h)
	var b []byte
	for i := 0; i < 200000; i++ {
		b = append(b, itoa(i%1000)...)
	}
	println("bytes len:", len(b), "cap>=len:", cap(b) >= len(b))
	parts := make([]string, 0, 1000)
	for i := 0; i < 100000; i++ {
		str := string(b[i : i+5])
		parts = append(parts[:i%1000], str)
	}
	println("parts:", len(parts), parts[0], parts[len(parts)-1])
	r := []rune(s[:1000])
	back := string(r)
	println("rune round trip:", back == s[:1000], len(r))
}
