console.log("heapwise cli");
