module example.com/wf

go 1.22
