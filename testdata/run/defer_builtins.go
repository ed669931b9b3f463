package main

type Mu struct{ locked bool }

func (m *Mu) Lock()   { m.locked = true }
func (m *Mu) Unlock() { m.locked = false; println("unlocked") }

type WG struct{ n int }

func (w *WG) Done() { w.n--; println("done", w.n) }

func handler(tag string, extra ...int) {
	r := recover()
	println(tag, "recovered:", r != nil, len(extra))
}

func a() {
	defer handler("a", 1, 2)
	panic("in a")
}

func b() (n int) {
	var mu Mu
	mu.Lock()
	defer mu.Unlock()
	wg := &WG{2}
	defer wg.Done()
	f := wg.Done
	defer f()
	return 7
}

func c() {
	defer func() {
		println("c recovered", recover() != nil)
	}()
	defer panic("second")
	panic("first")
}

func main() {
	a()
	println(b())
	c()
	defer println("main deferred print runs")
	defer panic("third")
	panic("fourth")
}
