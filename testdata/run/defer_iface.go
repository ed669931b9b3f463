package main

type I interface{ Show(s ...string) }
type T struct{ n int }

func (t T) Show(s ...string) { println("show", t.n, len(s)) }

type E struct{}

func (E) Error() string { return "E!" }

func main() {
	var i I = T{7}
	defer i.Show("z")
	i = T{8}
	defer i.Show()
	var e error = E{}
	defer println(e.Error())
	f := i.Show
	defer f("a", "b", "c")
	defer func() {
		r := recover()
		println("recovered", r.(error).Error())
	}()
	defer panic(e)
}
