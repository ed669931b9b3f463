package main

// String building: concatenation in loops, byte-slice conversions and
// appends; every intermediate string becomes garbage.

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

func hash(s string) int {
	h := 0
	for i := 0; i < len(s); i++ {
		h = (h*31 + int(s[i])) & 0xffffff
	}
	return h
}

func main() {
	total := 0
	for round := 0; round < 200; round++ {
		s := ""
		for i := 0; i < 400; i++ {
			s += itoa(i*round) + ","
		}
		total += len(s)
		total += hash(s)
	}
	println("concat", total)

	var keep []string
	for i := 0; i < 200000; i++ {
		s := "item-" + itoa(i)
		if i%1000 == 0 {
			keep = append(keep, s)
		}
	}
	n := 0
	for _, s := range keep {
		n += len(s)
	}
	println("kept", len(keep), n)

	buf := []byte{}
	lines := 0
	for i := 0; i < 300000; i++ {
		buf = append(buf, itoa(i)...)
		buf = append(buf, '\n')
		if len(buf) > 1<<16 {
			s := string(buf)
			lines += len(s) - len(buf) + 1
			buf = buf[:0]
		}
	}
	println("bytes", lines, len(buf), hash(string(buf)))

	big := ""
	for i := 0; i < 3000; i++ {
		big = big + "x"
		if len(big) > 1000 {
			big = big[500:]
		}
	}
	println("slide", len(big))
}
