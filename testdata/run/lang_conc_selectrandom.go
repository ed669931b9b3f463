package main

// select chooses uniformly among ready cases: over many rounds with two
// always-ready channels both are chosen often. Only coarse facts are printed.

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	na, nb := 0, 0
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		}
	}
	println("total:", na+nb, "both chosen often:", na > 500, nb > 500)
}
