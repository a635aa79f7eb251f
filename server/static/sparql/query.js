// The query page: pick an example query into the editor.
const exampleData = document.getElementById("example-data");
const picker = document.getElementById("examples");
if (exampleData && picker) {
  const texts = JSON.parse(exampleData.textContent);
  picker.addEventListener("change", (event) => {
    if (event.target.value !== "") document.getElementById("query").value = texts[Number(event.target.value)];
  });
}
