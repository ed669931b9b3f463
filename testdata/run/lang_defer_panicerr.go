package main

// panic with an error value prints its Error() text.

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "my error code" }

func main() {
	defer println("deferred runs before crash")
	var err error = &MyErr{7}
	panic(err)
}
