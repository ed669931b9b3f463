package main

func kind(s string) int {
	switch s {
	case "go":
		return 1
	case "rust":
		return 2
	case "c":
		return 3
	case "assembly":
		return 4
	case "haskell":
		return 5
	}
	return 0
}

func main() {
	println(kind("go"), kind("rust"), kind("c"), kind("assembly"), kind("haskell"), kind("gx"), kind("rusty"), kind(""), kind("assembla"))
}
