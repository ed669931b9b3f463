package main

type MyErr struct{ code int }

func (e MyErr) Error() string { return "code " + string(rune('0'+e.code)) }

func main() {
	var err error = MyErr{7}
	println(err.Error())
	panic(err)
}
