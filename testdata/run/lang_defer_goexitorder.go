package main

// Defers run when a loop of calls panics deep down and is recovered at an
// intermediate level; frames above continue normally.

func level(n int) (out int) {
	defer func() { println("leave", n) }()
	if n == 3 {
		defer func() {
			if r := recover(); r != nil {
				println("recovered at 3:", r.(string))
				out = -3
			}
		}()
	}
	if n == 5 {
		panic("at five")
	}
	return level(n+1) + 1
}

func main() {
	println("result:", level(0))
}
