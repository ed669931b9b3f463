package main

// A typed nil pointer in an interface is not a nil interface; methods can
// still be called on it; returning a nil *T as error.

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // typed nil when !fail
}

func properly(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Lister interface{ Len() int }
type L []int

func (l L) Len() int { return len(l) }

func main() {
	err := mayFail(false)
	println("typed nil != nil:", err != nil, "msg:", err.Error())
	err = mayFail(true)
	println("failed:", err != nil, err.Error())
	err = properly(false)
	println("proper nil:", err == nil)
	var l L
	var li Lister = l
	println("nil slice in iface:", li != nil, li.Len())
	var p *MyErr
	var e error = p
	println("e == (*MyErr)(nil):", e == (*MyErr)(nil), "e == nil:", e == nil)
	var i interface{} = (*int)(nil)
	println("(*int)(nil) in iface == nil:", i == nil)
	_, ok := i.(*int)
	println("assert to *int ok:", ok)
	var m map[string]int
	i = m
	println("nil map in iface == nil:", i == nil)
}
