package main

type Tree map[string]Tree

func count(t Tree) int {
	n := 0
	for _, sub := range t {
		n += 1 + count(sub)
	}
	return n
}

func main() {
	t := Tree{"a": {"b": {"c": nil}, "d": {}}, "e": {"f": {"g": {"h": nil}}}}
	println(count(t))
	sum := 0
	for k1 := range t {
		for k2 := range t[k1] {
			for range t[k1][k2] {
				sum++
			}
		}
	}
	println(sum)
}
