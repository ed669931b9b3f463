package main

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func worker(id int, jobs <-chan map[string]int, results chan<- map[string]int) {
	for job := range jobs {
		out := map[string]int{}
		for k, v := range job {
			out[k] = v * id
		}
		results <- out
	}
}

func main() {
	a, b := make(chan int), make(chan int, 1)
	chans := map[chan int]string{a: "a", b: "b"}
	println(len(chans), chans[a], chans[b], chans[make(chan int)] == "")
	var nilc chan int
	chans[nilc] = "nil"
	println(len(chans), chans[nil])

	dirs := map[<-chan int]int{a: 1}
	println(dirs[a], dirs[b])

	counts := map[int]int{}
	done := make(chan bool)
	updates := make(chan int, 100)
	go func() {
		for k := range updates {
			counts[k]++
		}
		done <- true
	}()
	for i := 0; i < 1000; i++ {
		updates <- i % 10
	}
	close(updates)
	<-done
	var ks []int
	for k, v := range counts {
		if v != 100 {
			println("bad count", k, v)
		}
		ks = append(ks, k)
	}
	sortInts(ks)
	println(len(ks), ks[0], ks[9])

	jobs := make(chan map[string]int)
	results := make(chan map[string]int)
	for w := 1; w <= 3; w++ {
		go worker(2, jobs, results)
	}
	go func() {
		for i := 0; i < 30; i++ {
			jobs <- map[string]int{"x": i, "y": 1}
		}
		close(jobs)
	}()
	sum := 0
	for i := 0; i < 30; i++ {
		r := <-results
		sum += r["x"] + r["y"]
	}
	println(sum)

	cm := map[string]chan int{"q": make(chan int, 3)}
	cm["q"] <- 7
	cm["q"] <- 8
	println(<-cm["q"], <-cm["q"], len(cm["q"]))
	close(cm["q"])
	v, ok := <-cm["q"]
	println(v, ok)
}
