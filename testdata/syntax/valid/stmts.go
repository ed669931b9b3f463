package p

func f() {
	if x := g(); x != nil {
	} else if y {
	} else {
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for k, v := range m {
		_, _ = k, v
	}
	for range ch {
		break
	}
	for {
	}
	switch x := v.(type) {
	case int, string:
		fallthrough
	default:
	}
	switch {
	case a > b:
	}
	select {
	case v, ok := <-ch:
	case ch <- 1:
	case <-ch:
	default:
	}
L:
	goto L
	x += 2
	x++
	go f()
	defer g(a...)
	var z int
	return
}
