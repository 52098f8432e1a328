# escape=`

FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
WORKDIR C:\app
COPY --from=build C:\out\app.exe `
     C:\app\
RUN Write-Host `
    hello; `
    Write-Host world
ENV PATH="C:\app;${PATH}"
