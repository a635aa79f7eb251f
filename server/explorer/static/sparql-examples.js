// The /sparql page's example picker (kept out of the page itself: the Content-Security-Policy forbids inline scripts).
const picker = document.getElementById("examples");
const data = document.getElementById("example-data");
if (picker && data) {
  const texts = JSON.parse(data.textContent);
  picker.addEventListener("change", (event) => {
    if (event.target.value !== "") document.getElementById("query").value = texts[Number(event.target.value)];
  });
}
