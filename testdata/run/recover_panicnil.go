package main

// panic(nil) in Go 1.19: recover returns nil (it cannot be told apart from no
// panic), and when not recovered the message is "panic: nil".

func main() {
	func() {
		defer func() {
			println("recover returned nil:", recover() == nil)
		}()
		panic(nil)
	}()
	println("continued")
	panic(nil)
}
