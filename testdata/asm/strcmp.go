package main

func eq(a, b string) bool {
	return a == b
}

func less(a, b string) bool {
	return a < b
}

func first(s string) byte {
	return s[0]
}

func isEmpty(s string) bool {
	return s == ""
}

func main() {
	println(eq("go", "go"), less("a", "b"), first("xyz"), isEmpty(""))
}
