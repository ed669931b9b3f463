package main

// A worker pool: jobs on a buffered channel, results on another, a done
// channel per worker; results are gathered by job index, so the output
// does not depend on scheduling.

type job struct {
	id int
	n  int
}

type result struct {
	id     int
	worker int
	fib    int
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func worker(id int, jobs <-chan job, results chan<- result, done chan<- int) {
	count := 0
	for j := range jobs {
		results <- result{j.id, id, fib(j.n)}
		count++
	}
	done <- count
}

func main() {
	const njobs = 60
	const nworkers = 8
	jobs := make(chan job, 10)
	results := make(chan result, njobs)
	done := make(chan int)
	for w := 1; w <= nworkers; w++ {
		go worker(w, jobs, results, done)
	}
	go func() {
		for i := 0; i < njobs; i++ {
			jobs <- job{i, i % 25}
		}
		close(jobs)
	}()
	total := 0
	for w := 0; w < nworkers; w++ {
		total += <-done
	}
	close(results)
	byid := make([]int, njobs)
	seen := 0
	for r := range results {
		if r.worker < 1 || r.worker > nworkers {
			println("bad worker", r.worker)
		}
		byid[r.id] = r.fib
		seen++
	}
	println("jobs done:", total, seen)
	for i := 0; i < njobs; i += 7 {
		println(i, byid[i])
	}
	// a semaphore channel bounds concurrency
	sem := make(chan struct{}, 3)
	finished := make(chan int)
	active, maxActive := 0, 0
	lock := make(chan bool, 1)
	for i := 0; i < 20; i++ {
		go func(i int) {
			sem <- struct{}{}
			lock <- true
			active++
			if active > maxActive {
				maxActive = active
			}
			<-lock
			fib(15)
			lock <- true
			active--
			<-lock
			<-sem
			finished <- i
		}(i)
	}
	sum := 0
	for i := 0; i < 20; i++ {
		sum += <-finished
	}
	println("semaphore:", sum, maxActive <= 3, active)
}
