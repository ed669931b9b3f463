package main

// select {} in main with no other goroutine left is a deadlock as well.

func main() {
	done := make(chan bool)
	go func() {
		println("goroutine ran")
		done <- true
	}()
	<-done
	select {}
}
