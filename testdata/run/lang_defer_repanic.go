package main

// Re-panicking with the recovered value and with a new value; the output
// reports both panics.

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(string))
		panic("second: " + r.(string))
	}()
	panic("first")
}
